import { CJK, PUNCTUATION, SYMBOLS } from './char-ranges.ts';

/** A CJK character, or a run of other letters and digits. */
const TOKEN = new RegExp(String.raw`[${CJK}]|[^\s${PUNCTUATION}${SYMBOLS}${CJK}]+`, 'g');

/**
 * Lower-cased word tokens for comparing titles; each CJK character counts as a token
 * because those scripts do not separate words with spaces.
 */
export function titleTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Share of the smaller token set found in the other (0 when either is empty). */
export function tokenOverlap(a: string, b: string): number {
  const left = new Set(titleTokens(a));
  const right = new Set(titleTokens(b));
  const smaller = left.size <= right.size ? left : right;
  const larger = smaller === left ? right : left;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const token of smaller) if (larger.has(token)) shared++;
  return shared >= Math.min(2, smaller.size) ? shared / smaller.size : 0;
}
