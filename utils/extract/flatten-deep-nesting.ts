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

/** A wrapper element nested deeper than {@link MAX_NESTING}, to be dissolved into its parent. */
export function isDeepWrapper(element: Element, level: number): boolean {
  return level > MAX_NESTING && WRAPPER_TAGS.has(element.localName.toLowerCase());
}
