/** Real article markup nests a few dozen levels; far deeper is unclosed tags piling up. */
export const MAX_NESTING = 120;
/** Wrappers that carry no paragraph structure of their own and can be dissolved. */
const WRAPPER_TAGS = new Set([
  'div',
  'span',
  'font',
  'center',
  'section',
  'b',
  'i',
  'u',
  'em',
  'strong',
  'small',
  'big',
  'article',
  'main',
  'tt',
]);

/**
 * Dissolves wrapper elements nested deeper than {@link MAX_NESTING}, keeping their
 * children in place. Pages with thousands of unclosed `<div>`/`<font>` tags otherwise make
 * Readability's ancestor walks take seconds. Does nothing on ordinary pages. Returns the
 * number of wrappers dissolved. Call it on a clone only: it edits the tree.
 */
export function flattenDeepNesting(doc: Document): number {
  const depth = new Map<Element, number>();
  const deep: Element[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const parent = element.parentElement;
    const level = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    depth.set(element, level);
    if (level > MAX_NESTING && WRAPPER_TAGS.has(element.localName.toLowerCase()))
      deep.push(element);
  }
  for (const element of deep) element.replaceWith(...Array.from(element.childNodes));
  return deep.length;
}
