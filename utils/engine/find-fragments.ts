import { mixHash } from './hash';

// Map keys below 2^30 stay small integers in V8, several times faster than 32-bit ones.
const SMALL = 0x3fffffff;
/**
 * A word pair found more often than this in the first text ("la la la", a table of figures)
 * seeds nothing: it would cost time quadratic in the text's length and says little.
 */
const MAX_SEED_POSITIONS = 64;

/** A run of `len` identical words at word `a` of one text and word `b` of the other. */
export interface Fragment {
  a: number;
  b: number;
  len: number;
}

/**
 * Every maximal run of at least `minLen` (≥ 2) identical words shared by `a` and `b`, found
 * from an index of `a`'s word pairs (cached: the article being read is compared with many
 * candidates). Runs are left-maximal, so each is reported once.
 */
export function findExactRuns(a: Uint32Array, b: Uint32Array, minLen: number): Fragment[] {
  const index = pairIndex(a);
  const runs: Fragment[] = [];
  for (let j = 0; j + 1 < b.length; j++) {
    const list = index.get(mixHash(b[j]!, b[j + 1]!) & SMALL);
    if (!list || list.length > MAX_SEED_POSITIONS) continue;
    for (const i of list) {
      if (a[i] !== b[j] || a[i + 1] !== b[j + 1]) continue;
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue;
      let len = 2;
      while (i + len < a.length && j + len < b.length && a[i + len] === b[j + len]) len++;
      if (len >= minLen) runs.push({ a: i, b: j, len });
    }
  }
  return runs;
}

const indexCache = new WeakMap<Uint32Array, Map<number, number[]>>();

/** Positions of each word pair of `words`, keyed by the pair's hash. */
function pairIndex(words: Uint32Array): Map<number, number[]> {
  let index = indexCache.get(words);
  if (index) return index;
  index = new Map<number, number[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const key = mixHash(words[i]!, words[i + 1]!) & SMALL;
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  indexCache.set(words, index);
  return index;
}

/**
 * Keeps runs so that each word of either text belongs to at most one, longest runs first:
 * a sentence repeated in one text is paired once, and short chance matches ("of the") never
 * steal words from a long shared passage. Partly taken runs keep their free stretches.
 */
export function pairOneToOne(
  runs: Fragment[],
  aLength: number,
  bLength: number,
  minLen: number,
): Fragment[] {
  const usedA = new Uint8Array(aLength);
  const usedB = new Uint8Array(bLength);
  const kept: Fragment[] = [];
  const order = [...runs].sort((x, y) => y.len - x.len || x.a - y.a || x.b - y.b);
  for (const run of order) {
    let k = 0;
    while (k < run.len) {
      while (k < run.len && (usedA[run.a + k] || usedB[run.b + k])) k++;
      const start = k;
      while (k < run.len && !usedA[run.a + k] && !usedB[run.b + k]) k++;
      if (k - start < minLen) continue;
      for (let t = start; t < k; t++) {
        usedA[run.a + t] = 1;
        usedB[run.b + t] = 1;
      }
      kept.push({ a: run.a + start, b: run.b + start, len: k - start });
    }
  }
  return kept.sort((x, y) => x.a - y.a);
}
