/** Elements that start a new paragraph of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead',
  'tr', 'ul', 'center',
]);
/** Blocks that are judged as a whole for link density (lists of links to other stories). */
const LEAF_TAGS = new Set(['p', 'li', 'dd', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_DEPTH = 400;

/**
 * The text of each block element under `root`, whitespace collapsed: `<p>`, headings,
 * list items and text runs in `<div>`s separated by blank `<br><br>` lines. Short blocks
 * that are nothing but links (teasers for other stories) are skipped.
 */
export function collectParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    for (const part of buffer.split(/\n[^\S\n]*\n/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
    buffer = '';
  };
  const walk = (node: Node, depth: number): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buffer += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.localName.toLowerCase();
      if (tag === 'br') buffer += '\n';
      else if (!BLOCK_TAGS.has(tag)) walk(element, depth + 1);
      else {
        flush();
        if (depth > MAX_DEPTH) buffer += element.textContent ?? '';
        else if (!(LEAF_TAGS.has(tag) && isLinkTeaser(element))) walk(element, depth + 1);
        flush();
      }
    }
  };
  walk(root, 0);
  flush();
  return paragraphs;
}

/** A short block whose text is almost all link text: "More: <a>Other story</a>". */
function isLinkTeaser(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return false;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked / text.length > 0.8;
}
