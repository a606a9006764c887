import { cachedTokens } from './cached-tokens';
import { mixHash } from './hash';

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Winnowing window: any shared run of WINDOW + SHINGLE_WORDS - 1 words yields a shared print. */
export const WINDOW = 8;
/** Texts shorter than WINDOW × this many words get a smaller window (denser prints). */
export const WORDS_PER_WINDOW_STEP = 40;

/**
 * The fingerprints of a text for candidate retrieval: hashes of every k-word shingle of the
 * normalised words, winnowed (the minimum of every window of w consecutive shingle hashes),
 * unique and sorted ascending. About 2/(w+1) of the shingles survive: some 130 for 600 words.
 * Short texts (a brief, a caption-length item) use a smaller window, down to keeping every
 * shingle, so that they still share prints with a longer article they were cut from.
 */
export function fingerprintText(text: string): number[] {
  const words = cachedTokens(text).hashes;
  return winnow(shingleHashes(words, SHINGLE_WORDS), windowFor(words.length));
}

/** The winnowing window for a text of `words` words: WINDOW, smaller for short texts. */
export function windowFor(words: number): number {
  return Math.max(1, Math.min(WINDOW, Math.floor(words / WORDS_PER_WINDOW_STEP)));
}

/** Hash of each run of `k` consecutive word hashes. */
export function shingleHashes(words: Uint32Array, k: number): Uint32Array {
  const n = Math.max(0, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = k;
    for (let j = 0; j < k; j++) h = mixHash(h, words[i + j]!);
    out[i] = h;
  }
  return out;
}

/** Schleimer et al.'s winnowing: the minimum hash of every window, unique, ascending. */
export function winnow(hashes: Uint32Array, w: number): number[] {
  const picked = new Set<number>();
  if (hashes.length > 0 && hashes.length < w) picked.add(Math.min(...hashes));
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = hashes[i]!;
    for (let j = i + 1; j < i + w; j++) if (hashes[j]! < min) min = hashes[j]!;
    picked.add(min);
  }
  return [...picked].sort((x, y) => x - y);
}
