import { normalizeChar } from './normalize-char';
import { tokenize } from './tokenize';

/** A normalised text with, for each of its characters, the original range it came from. */
export interface NormalizedText {
  /** Normalised words separated by single spaces. */
  text: string;
  /** `starts[i]`..`ends[i]` is the range of the original text that produced `text[i]`. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Normalises `text` for display and testing of what the matcher compares, and for finding an
 * article's passages in its page's text (page-highlight/locate-marks.ts): NFKC compatibility
 * forms, case folding, diacritics, quotes, apostrophes, dashes, brackets and punctuation
 * removed, words separated by one space. The offset map is exact per character, so any range
 * of the normalised text maps back to the characters a reader sees.
 */
export function normalizeText(text: string): NormalizedText {
  const parts: string[] = [];
  // Typed maps, grown by doubling: a whole page's text (megabytes) is mapped at once, and a
  // plain array's pushes cost several times more there.
  let starts: Int32Array = new Int32Array(text.length + 16);
  let ends: Int32Array = new Int32Array(text.length + 16);
  let n = 0;
  const room = (more: number) => {
    while (n + more > starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
  };
  const tokens = tokenize(text);
  for (let t = 0; t < tokens.starts.length; t++) {
    const from = tokens.starts[t]!;
    const to = tokens.ends[t]!;
    room(to - from + 1);
    if (t > 0) {
      parts.push(' ');
      starts[n] = tokens.ends[t - 1]!;
      ends[n++] = from;
    }
    // Most words of most pages are plain ASCII letters and digits: lower case, one character
    // for one, so the map is the word's own offsets.
    if (isPlainAscii(text, from, to)) {
      parts.push(text.slice(from, to).toLowerCase());
      for (let i = from; i < to; i++) {
        starts[n] = i;
        ends[n++] = i + 1;
      }
      continue;
    }
    for (let i = from; i < to; i++) {
      const wide = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
      const width = wide ? 2 : 1;
      const norm = normalizeChar(text.slice(i, i + width));
      parts.push(norm);
      room(norm.length + (to - i));
      for (let k = 0; k < norm.length; k++) {
        starts[n] = i;
        ends[n++] = i + width;
      }
      i += width - 1;
    }
  }
  return { text: parts.join(''), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function isPlainAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}
