const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const UNSPACED_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/**
 * Approximate word count that works across scripts: words in spaced scripts, plus one
 * word per two characters of scripts written without spaces (Chinese, Japanese, Thai).
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const spaced = text.replace(UNSPACED_CHAR, ' ').match(SPACED_WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
