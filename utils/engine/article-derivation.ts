import { classifyDerivation } from './classify-derivation';
import { cachedTokens } from './cached-tokens';
import type { Derivation, Passage } from './types';

/**
 * How much of an article is found in any other stored article: the share of its words inside
 * the union of all passages it shares (cut % over every match), 0-100. Its complement is the
 * article's own text, found nowhere else.
 */
export function combinedCut(
  text: string,
  matches: readonly { passages: readonly Passage[] }[],
): number {
  const { starts } = cachedTokens(text);
  if (starts.length === 0) return 0;
  // Passages start and end on word boundaries, so a word is shared when its first character is.
  const depth = new Int32Array(text.length + 1);
  for (const m of matches) {
    for (const { a } of m.passages) {
      depth[a.start] = depth[a.start]! + 1;
      depth[a.end] = depth[a.end]! - 1;
    }
  }
  let inside = 0;
  let level = 0;
  let t = 0;
  for (let i = 0; i < text.length && t < starts.length; i++) {
    level += depth[i]!;
    if (i === starts[t]) {
      if (level > 0) inside++;
      t++;
    }
  }
  return Math.round((1000 * inside) / starts.length) / 10;
}

/** Matches sharing less than this cut % are chance overlaps (a name, a stock phrase), not sources. */
export const MIN_SOURCE_CUT = 5;

/**
 * The derivation class of an article given all the stored articles it shares text with:
 * sources are often several (a wire story and its updates), so the class follows the union
 * of what the article shares with its sources, not the single best match.
 */
export function articleDerivation(
  text: string,
  matches: readonly { passages: readonly Passage[]; cut: number }[],
): Derivation {
  return classifyDerivation(sourceCut(text, matches));
}

/** The combined cut % over the matches that count as sources (cut >= `MIN_SOURCE_CUT`). */
export function sourceCut(
  text: string,
  matches: readonly { passages: readonly Passage[]; cut: number }[],
): number {
  return combinedCut(
    text,
    matches.filter((m) => m.cut >= MIN_SOURCE_CUT),
  );
}
