/** Elements that start a new paragraph of text (local names). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
]);
/** List articles often link every subhead to the thing it reviews, so headings may be all link. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_DEPTH = 400;
/** A run of text this short that is almost all link text is a teaser or menu, not prose. */
const MAX_TEASER_LENGTH = 200;
const TEASER_LINK_SHARE = 0.8;

/**
 * The text of each block element under `root`, whitespace collapsed: `<p>`, headings,
 * list items and text runs in `<div>`s or table cells separated by blank `<br><br>`
 * lines. Short runs that are nothing but links (teasers for other stories, menus left
 * in a table layout) are skipped.
 */
export function collectParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  let linked = 0;
  let linkDepth = 0;
  const flush = (keepLinks = false) => {
    const teaser =
      buffer.trim().length < MAX_TEASER_LENGTH && linked > TEASER_LINK_SHARE * buffer.trim().length;
    if (keepLinks || !teaser) paragraphs.push(...splitRun(buffer));
    buffer = '';
    linked = 0;
  };
  const walk = (node: Node, depth: number): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        buffer += text;
        if (linkDepth > 0) linked += text.trim().length;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.localName.toLowerCase();
      if (tag === 'br') buffer += '\n';
      else if (!BLOCK_TAGS.has(tag)) walkInline(element, tag, depth);
      else {
        flush();
        if (depth > MAX_DEPTH) buffer += element.textContent ?? '';
        else walk(element, depth + 1);
        flush(HEADING_TAGS.has(tag));
      }
    }
  };
  const walkInline = (element: Element, tag: string, depth: number) => {
    if (tag === 'a') linkDepth++;
    walk(element, depth + 1);
    if (tag === 'a') linkDepth--;
  };
  walk(root, 0);
  flush();
  return paragraphs;
}

/** Splits a text run at blank lines (`<br><br>`), drops invisible characters, collapses whitespace. */
function splitRun(run: string): string[] {
  return run
    .split(/\n[^\S\n]*\n/)
    .map((part) => part.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Soft hyphens, zero-width spaces, word joiners and stray BOMs: some outlets sprinkle them
 * through words for line breaking, and they would make the same word differ between two
 * outlets. Zero-width (non-)joiners stay: Persian and Indic spelling needs them.
 */
export const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
