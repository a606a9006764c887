import { plural } from '../plural.ts';

/**
 * Pages with more elements than this are not read by themselves. Readability's work grows
 * with the page and runs on its main thread in one piece: on this project's 2-core machine a
 * forum-like page of 160,000 elements froze Chromium for 8.5 s, 20,000 for 1 s (Readability
 * reads a page it finds no article in up to three times), while the 40 real news pages of the
 * extraction report hold 800-2,600 elements (tests/bench/RESULTS.md, nineteenth session).
 */
export const MAX_PAGE_ELEMENTS = 30_000;

/**
 * Why `doc` is too large to read without freezing it, or null. Counting costs a few
 * milliseconds even at 160,000 elements (`querySelectorAll`: linkedom, which the Node tools
 * and tests use, counts nothing for `getElementsByTagName('*')`).
 */
export function tooLargeMessage(doc: Document, max: number = MAX_PAGE_ELEMENTS): string | null {
  const elements = doc.querySelectorAll('*').length;
  if (elements <= max) return null;
  return (
    `This page is very large (${plural(elements, 'element')}, more than the ` +
    `${max.toLocaleString()} Wiretrace reads by itself): reading it would freeze the page ` +
    `for a while. It may be a long forum or comment thread rather than an article.`
  );
}
