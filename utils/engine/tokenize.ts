import { hashString } from './hash';
import { normalizeChar } from './normalize-char';

/** The words of a text: normalised form, its hash, and its exact range in the original. */
export interface TokenList {
  norms: string[];
  hashes: Uint32Array;
  starts: Int32Array;
  ends: Int32Array;
}

// A word: letters, digits and marks, joined across apostrophes and dots ("don't", "U.S") and
// across commas or dots between digits ("10,000"), as Unicode word boundaries (UAX #29) do.
// `scanWord` below follows exactly this pattern (tests/unit/engine/tokenize-scan.test.ts).
export const WORD_PATTERN =
  /[\p{L}\p{N}\p{M}\p{Pc}]+(?:(?:['’.·]|,(?=\p{N}))[\p{L}\p{N}\p{M}\p{Pc}]+)*/gu;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\p{Pc}]$/u;
const DIGIT_CHAR = /^\p{N}$/u;
// Scripts written without spaces need a dictionary to find word boundaries.
const NO_SPACES =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u30fc\u3005]/u;
// Made on first use, not when the module loads: creating a word segmenter loads ICU's
// dictionaries, some 20 ms, which every page's content script paid for at injection while
// only a highlight request or a text without spaces needs it (tests/bench/RESULTS.md).
let segmenter: Intl.Segmenter | null = null;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmenter;
}

/**
 * Splits `text` into normalised words with offsets into `text`. Intl.Segmenter finds the words
 * of scripts without spaces (Chinese, Japanese, Thai...); elsewhere a scanner of WORD_PATTERN
 * by character codes does the job: about fifty times faster than the segmenter and two to
 * three times faster than the pattern itself on news text, which the matcher and bulk fills need.
 */
export function tokenize(text: string): TokenList {
  const anyNoSpaces = NO_SPACES.test(text);
  // Outside scripts without spaces, words are at least one code unit apart, so a text holds
  // at most (length + 1) / 2 of them; with such scripts, one per code unit. Filled in place,
  // trimmed at the end.
  const cap = anyNoSpaces ? text.length : (text.length >> 1) + 1;
  const norms: string[] = [];
  const hashes = new Uint32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let n = 0;
  const push = (start: number, end: number, norm: string, hash: number): void => {
    if (!norm) return;
    norms.push(norm);
    hashes[n] = hash;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  const word = { end: 0, plain: false, hash: 0 };
  for (let i = 0; i < text.length;) {
    if (wordCharAt(text, i) === 0) {
      i++;
      continue;
    }
    scanWord(text, i, word);
    const start = i;
    i = word.end;
    if (word.plain) {
      // Letters and digits of ASCII only, the common case: lower-cased and hashed in the scan.
      push(start, i, text.slice(start, i).toLowerCase(), word.hash);
      continue;
    }
    const raw = text.slice(start, i);
    if (!anyNoSpaces || !NO_SPACES.test(raw)) {
      const norm = normalizeWord(text, start, i);
      push(start, i, norm, hashString(norm));
      continue;
    }
    for (const s of wordSegmenter().segment(raw)) {
      if (!s.isWordLike) continue;
      const from = start + s.index;
      const norm = PLAIN_ASCII.test(s.segment)
        ? s.segment.toLowerCase()
        : normalizeWord(text, from, from + s.segment.length);
      push(from, from + s.segment.length, norm, hashString(norm));
    }
  }
  return { norms, hashes: hashes.slice(0, n), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

/** Code units of the word character (letter, digit, mark, connector) at `i`, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
      ? 1
      : 0;
  if (Number.isNaN(c)) return 0;
  const ch = codePointAt(text, i);
  return WORD_CHAR.test(ch) ? ch.length : 0;
}

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 48 && c <= 57;
  return !Number.isNaN(c) && DIGIT_CHAR.test(codePointAt(text, i));
}

/** The code point at `i` (`i` within `text`) as a string: a surrogate pair whole, else one unit. */
function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    ? text.slice(i, i + 2)
    : text[i]!;
}

/**
 * The end of the word starting at `i` (a word character), as WORD_PATTERN would match it, and
 * whether it is ASCII letters and digits only, with the FNV-1a hash of its lower case then.
 */
function scanWord(text: string, i: number, out: { end: number; plain: boolean; hash: number }) {
  let plain = true;
  let h = 0x811c9dc5;
  for (;;) {
    const c = text.charCodeAt(i);
    const len = wordCharAt(text, i);
    if (len > 0) {
      if (plain && c < 0x80 && c !== 95) {
        h ^= c >= 65 && c <= 90 ? c | 0x20 : c;
        h = Math.imul(h, 0x01000193);
      } else plain = false;
      i += len;
      continue;
    }
    // A joiner continues the word only when a word character follows it.
    const joins =
      c === 39 || c === 0x2019 || c === 46 || c === 0xb7
        ? wordCharAt(text, i + 1) > 0
        : c === 44 && digitAt(text, i + 1);
    if (!joins) break;
    plain = false;
    i++;
  }
  out.end = i;
  out.plain = plain;
  out.hash = h >>> 0;
}

/** The normalised form of `text.slice(start, end)`, one code point at a time. */
export function normalizeWord(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < end;
    out += normalizeChar(wide ? text.slice(i, i + 2) : text[i]!);
    if (wide) i++;
  }
  return out;
}

/** Whether the word starting at `start` begins with an upper-case letter (scripts with case). */
export function startsUpper(text: string, start: number): boolean {
  const c = String.fromCodePoint(text.codePointAt(start) ?? 0);
  return c !== c.toLowerCase();
}
