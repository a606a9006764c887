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
 * Elements nested deeper than {@link MAX_NESTING} (with at least that many element
 * ancestors), as a selector: the browser's selector engine finds them, where a walk over every
 * element in script cost a site's first page a few ms (tests/bench/RESULTS.md).
 */
export const TOO_DEEP = Array.from({ length: MAX_NESTING + 1 }, () => '*').join('>');

/** A wrapper element: one found {@link TOO_DEEP} is dissolved into its parent. */
export function isWrapper(element: Element): boolean {
  return WRAPPER_TAGS.has(element.localName.toLowerCase());
}
