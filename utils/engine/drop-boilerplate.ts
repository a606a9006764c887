import type { WordPassage } from './chain-fragments';
import { shingleHashes, SHINGLE_WORDS, WINDOW } from './fingerprint-text';

/** A passage this much covered by boilerplate is boilerplate. */
const BOILERPLATE_SHARE = 0.8;

/**
 * Drops passages that are boilerplate: text shared because many articles carry it
 * (newsletter prompts, "contributed to this report", copyright lines), known to the store as
 * the fingerprints held by too many stored articles. Winnowing keeps one print in every
 * window of shingles, so the words within a window of a boilerplate print are marked; a
 * passage mostly made of marked words is dropped, a real passage that merely contains such
 * a phrase is kept.
 */
export function dropBoilerplate(
  passages: WordPassage[],
  words: Uint32Array,
  boilerplate: ReadonlySet<number>,
): WordPassage[] {
  if (boilerplate.size === 0 || passages.length === 0) return passages;
  const marked = markPrintedWords(words, boilerplate);
  return passages.filter((p) => {
    let inside = 0;
    for (let t = p.aStart; t < p.aEnd; t++) inside += marked[t]!;
    return inside < BOILERPLATE_SHARE * (p.aEnd - p.aStart);
  });
}

/**
 * 1 for each word of `words` lying within a winnowing window of one of `prints`: winnowing
 * keeps one print per window, so those are the words such prints stand for.
 */
export function markPrintedWords(words: Uint32Array, prints: ReadonlySet<number>): Uint8Array {
  const marked = new Uint8Array(words.length);
  if (prints.size === 0) return marked;
  const shingles = shingleHashes(words, SHINGLE_WORDS);
  for (let i = 0; i < shingles.length; i++) {
    if (!prints.has(shingles[i]!)) continue;
    const from = Math.max(0, i - WINDOW + 1);
    const to = Math.min(words.length, i + SHINGLE_WORDS + WINDOW - 1);
    marked.fill(1, from, to);
  }
  return marked;
}
