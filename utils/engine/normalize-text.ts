import { normalizeChar } from './normalize-char';
import { tokenize } from './tokenize';

/** A normalised text with, for each of its characters, the original range it came from. */
export interface NormalizedText {
  /** Normalised words separated by single spaces. */
  text: string;
  /** `starts[i]`..`ends[i]` is the range of the original text that produced `text[i]`. */
  starts: number[];
  ends: number[];
}

/**
 * Normalises `text` for display and testing of what the matcher compares: NFKC compatibility
 * forms, case folding, diacritics, quotes, apostrophes, dashes, brackets and punctuation
 * removed, words separated by one space. The offset map is exact per character, so any range
 * of the normalised text maps back to the characters a reader sees.
 */
export function normalizeText(text: string): NormalizedText {
  const out: NormalizedText = { text: '', starts: [], ends: [] };
  const { starts, ends } = tokenize(text);
  for (let t = 0; t < starts.length; t++) {
    if (t > 0) {
      out.text += ' ';
      out.starts.push(ends[t - 1]!);
      out.ends.push(starts[t]!);
    }
    for (let i = starts[t]!; i < ends[t]!; i++) {
      const wide = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
      const width = wide ? 2 : 1;
      const norm = normalizeChar(text.slice(i, i + width));
      out.text += norm;
      for (let k = 0; k < norm.length; k++) {
        out.starts.push(i);
        out.ends.push(i + width);
      }
      i += width - 1;
    }
  }
  return out;
}
