import { BLOCK_TAGS } from '../extract/collect-paragraphs';

/** The text a reader sees on a page, as one string, with the text nodes it came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]`'s data begins in `text`. */
  starts: number[];
}

/** Elements whose text is never shown as page text (local names). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'iframe',
  'object',
  'svg',
]);

/**
 * Elements that start a new line, so words on either side of them are never one word: the
 * blocks extraction starts a paragraph at, and the page furniture around an article, which
 * extraction never walks into.
 */
const BREAKS: ReadonlySet<string> = new Set([
  ...BLOCK_TAGS,
  'aside',
  'br',
  'caption',
  'dialog',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'nav',
  'tfoot',
]);

/**
 * Reads the text under `root` in document order. Hidden elements are left out where the
 * browser can tell (`checkVisibility`), so a duplicate of the article kept hidden for another
 * layout is not found instead of the one on screen; a line break marks every block boundary.
 * Walks with its own stack: a hostile page nested thousands deep cannot overflow the call stack.
 */
export function readPageText(root: Node): PageText {
  const out: PageText = { text: '', nodes: [], starts: [] };
  // Parts joined once at the end, and the length and last character kept aside: reading a
  // string being built by `+=` flattens it, which made long pages quadratic.
  const parts: string[] = [];
  let length = 0;
  let endsLine = true;
  const breakLine = () => {
    if (endsLine) return;
    parts.push('\n');
    length++;
    endsLine = true;
  };
  // An entry is a node to visit, or null: "a block ends here".
  const stack: (Node | null)[] = Array.from(root.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      breakLine();
    } else if (node?.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      out.nodes.push(node as Text);
      out.starts.push(length);
      parts.push(data);
      length += data.length;
      endsLine = data.endsWith('\n');
    } else if (node?.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (SKIPPED.has(tag) || !isShown(el)) continue;
      if (BREAKS.has(tag)) {
        breakLine();
        stack.push(null);
      }
      for (let c = el.childNodes.length - 1; c >= 0; c--) stack.push(el.childNodes[c]!);
    }
  }
  out.text = parts.join('');
  return out;
}

function isShown(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** The DOM position of an offset of `page.text` that lies in a text node. */
export function positionAt(
  page: PageText,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  // Last node starting at or before the offset (for an end: strictly before it).
  let lo = 0;
  let hi = page.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = page.starts[mid]!;
    if (edge === 'start' ? s <= offset : s < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = page.nodes[found]!;
  const inside = offset - page.starts[found]!;
  return inside <= node.data.length ? { node, offset: inside } : null;
}
