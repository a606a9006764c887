/**
 * Punctuation and symbols spelled out as character ranges, for patterns that would otherwise
 * need `\p{P}`, `\p{S}` or `\p{L}` and so the `u` flag. The content script compiles its
 * patterns anew on every site's first page, and V8 compiles a `u` pattern two to three
 * times as slowly; a bounded run of `\p{L}` ("\p{L}{3,9}") under `u` costs it some 8 ms
 * alone (tests/bench/RESULTS.md).
 *
 * Covered: ASCII, Latin-1 (not its letters ª º µ or numbers ² ³ ¹ ¼ ½ ¾), general
 * punctuation, CJK, vertical, small and full-width forms and Arabic punctuation; symbols include the halves of characters beyond the BMP (emoji), which
 * patterns without `u` see as two UTF-16 code units, private-use icon-font glyphs,
 * variation selectors and zero-width characters. Use inside a character class.
 */
export const PUNCTUATION = String.raw`!-\/:-@\[-\x60{-~\u00A1-\u00A9\u00AB-\u00B1\u00B4\u00B6-\u00B8\u00BB\u00BF\u00D7\u00F7\u2010-\u205E\u3000-\u303F\uFE10-\uFE19\uFE30-\uFE4F\uFE50-\uFE6B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u060C\u061B\u061F\u066A-\u066D\u06D4`;
export const SYMBOLS = String.raw`\u02C2-\u02C5\u02D2-\u02DF\u200B-\u200F\u20A0-\u20CF\u2100-\u214F\u2190-\u23FF\u2500-\u27BF\u2B00-\u2BFF\uD800-\uF8FF\uFE00-\uFE0F\uFEFF`;
/**
 * A letter of a word: anything but space, digits, punctuation and symbols. Broader than
 * `\p{L}` by combining marks (so a Hindi or Thai month name counts as a word) and by
 * characters beyond the BMP.
 */
export const WORD_LETTER = String.raw`[^\s\d${PUNCTUATION}${SYMBOLS}]`;
/** A letter or digit of a word: anything but space, punctuation and symbols. */
export const WORD_CHAR = String.raw`[^\s${PUNCTUATION}${SYMBOLS}]`;
/** Space, punctuation or a symbol: what separates words. */
export const NON_WORD_CHAR = String.raw`[\s${PUNCTUATION}${SYMBOLS}]`;
/** Han, Hiragana, Katakana and Hangul, in the BMP: a title token each. */
export const CJK = String.raw`\u1100-\u11FF\u2E80-\u2FDF\u3005-\u3007\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9D`;
/** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar. */
export const UNSPACED = String.raw`\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u2FDF\u3005-\u3007\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9D`;
