import type { Span } from './types';

// Marks that belong to the words they touch: opening quotes and brackets before, closing ones
// and sentence punctuation after (no space in between).
const OPENING = /[\p{Ps}\p{Pi}"'¿¡]/u;
const CLOSING = /[\p{Pe}\p{Pf}\p{Po}]/u;
// ...but not marks that start something else ("#tag", "@name", "a/b", "*").
const NOT_CLOSING = /[#&*@/\\]/;

/**
 * Widens a word-aligned span of `text` over the quotes, brackets and punctuation attached to
 * its first and last words, so a highlighted passage reads as the sentence it is ("…lighthouse."
 * with its period, a quotation with its quote marks).
 */
export function widenSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && OPENING.test(text[start - 1]!)) start--;
  while (end < text.length && CLOSING.test(text[end]!) && !NOT_CLOSING.test(text[end]!)) end++;
  return { start, end };
}
