import { UNSPACED, WORD_CHAR } from './char-ranges.ts';

/** A word: letters and digits, with apostrophes and hyphens inside ("it's", "well-known"). */
const SPACED_WORD = new RegExp(`${WORD_CHAR}(${WORD_CHAR}|['’-])*`, 'g');
const UNSPACED_CHAR = new RegExp(`[${UNSPACED}]`, 'g');

/**
 * Approximate word count that works across scripts: words in spaced scripts, plus one
 * word per two characters of scripts written without spaces (Chinese, Japanese, Thai).
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const spaced = text.replace(UNSPACED_CHAR, ' ').match(SPACED_WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
