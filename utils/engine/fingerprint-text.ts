import { cachedTokens } from './cached-tokens';
import { mixHash } from './hash';
import { namePrints } from './name-prints';

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Winnowing window: any shared run of WINDOW + SHINGLE_WORDS - 1 words yields a shared print. */
export const WINDOW = 11;
/** Every shingle of an article's first words is kept: briefs and rewrites reuse the lead. */
export const LEAD_WORDS = 50;

/**
 * The fingerprints of a text for candidate retrieval: hashes of every k-word shingle of the
 * normalised words, winnowed (the minimum of every window of w consecutive shingle hashes),
 * plus every shingle of the lead, plus the prints of its names (name-prints.ts), unique and
 * sorted ascending: some 135 shingle prints for 600 words, and all of them for a brief, so
 * that a brief cut from a wire story shares prints with it; 15-30 names more for news text.
 */
export function fingerprintText(text: string): number[] {
  const shingles = shingleHashes(cachedTokens(text).hashes, SHINGLE_WORDS);
  const prints = new Set(winnow(shingles, WINDOW));
  const lead = Math.min(shingles.length, LEAD_WORDS - SHINGLE_WORDS + 1);
  for (let i = 0; i < lead; i++) prints.add(shingles[i]!);
  for (const h of namePrints(text)) prints.add(h);
  return [...prints].sort((x, y) => x - y);
}

/**
 * From this many words, an article is looked up by its winnowed prints only: they find every
 * stored article sharing WINDOW + SHINGLE_WORDS - 1 words in a row with it, anywhere, and
 * the lead is under an eighth of its text. Each print looked up costs a read of its posting
 * blocks (utils/store/postings.ts), and a 600-word article's lead adds about 40 prints.
 */
export const LEAD_LOOKUP_MAX_WORDS = 8 * LEAD_WORDS;

/**
 * The fingerprints to look a text up by in the store: all of `fingerprintText` for a short
 * text, whose few words may be a brief cut from a stored story's lead or rewritten from it
 * around the same names; the winnowed ones for a long text. What is stored is always
 * `fingerprintText`, so a stored brief is still found by a long article that shares a
 * window's run of words with it (often a shorter one).
 */
export function lookupPrints(text: string): number[] {
  const words = cachedTokens(text).hashes;
  if (words.length < LEAD_LOOKUP_MAX_WORDS) return fingerprintText(text);
  return winnow(shingleHashes(words, SHINGLE_WORDS), WINDOW);
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
