import { cachedTokens } from '../engine/cached-tokens';
import { markPrintedWords } from '../engine/drop-boilerplate';
import type { Span } from '../engine/types';

/** A passage this much covered by common text is common text (as the engine's boilerplate rule). */
const COMMON_SHARE = 0.8;

/**
 * Words of the longest passage of `text` (spans into it) that is not made of common text:
 * text whose fingerprints many stored articles hold (a newsletter prompt or a credit line
 * under the boilerplate cap, a stock phrase). Winnowing keeps one print per window of
 * shingles, so the words within a window of a common print count as common; a passage
 * mostly made of them is set aside, one merely containing such a phrase is kept.
 */
export function longestUncommonWords(
  text: string,
  passages: readonly Span[],
  common: ReadonlySet<number>,
): number {
  const tokens = cachedTokens(text);
  const n = tokens.hashes.length;
  const marked = markPrintedWords(tokens.hashes, common);
  let longest = 0;
  for (const p of passages) {
    let words = 0;
    let inside = 0;
    // Words whose start lies in the span; token starts ascend, so a linear scan is exact.
    for (let t = lowerBound(tokens.starts, p.start); t < n && tokens.starts[t]! < p.end; t++) {
      words++;
      inside += marked[t]!;
    }
    if (inside < COMMON_SHARE * words) longest = Math.max(longest, words);
  }
  return longest;
}

function lowerBound(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
