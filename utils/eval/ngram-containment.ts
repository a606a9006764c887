import { cachedTokens } from '../engine/cached-tokens';

/**
 * Share (0-100) of `text`'s runs of `n` normalised words found in any of `others`: plain
 * overlap, the reference measures of the METER ceilings and classifier probe. Tokens come
 * from the cache, since each wire text comes back for every article of its story.
 */
export function nGramContainment(text: string, others: readonly string[], n: number): number {
  const own = nGrams(text, n);
  if (own.length === 0) return 0;
  const theirs = new Set(others.flatMap((t) => nGrams(t, n)));
  return (100 * own.filter((g) => theirs.has(g)).length) / own.length;
}

/** The text's runs of `n` normalised words, each as one string key. */
function nGrams(text: string, n: number): string[] {
  const { norms } = cachedTokens(text);
  const out: string[] = [];
  for (let i = 0; i + n <= norms.length; i++) out.push(norms.slice(i, i + n).join(' '));
  return out;
}
