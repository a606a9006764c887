import { tokenOverlap } from './title-tokens.ts';

const ELLIPSIS = /(…|\.\.\.)$/;

/**
 * Picks the headline among metadata candidates given in priority order (JSON-LD
 * headline, og:title, twitter:title, document.title). The first candidate that a
 * heading on the page confirms wins, which skips site-wide og:titles left in a template;
 * without any confirmation the first candidate is used. Truncated candidates ("…") are
 * passed over when a later one exists.
 */
export function chooseTitle(
  candidates: readonly (string | null)[],
  headings: readonly string[],
): string {
  const usable = candidates
    .map((c) => c?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((c, i, all) => c && !(ELLIPSIS.test(c) && i < all.length - 1));
  const confirmed = usable.find((c) => headings.some((h) => tokenOverlap(c, h) >= 0.5));
  return confirmed ?? usable[0] ?? headings[0]?.replace(/\s+/g, ' ').trim() ?? '';
}
