/**
 * Combining marks that are diacritics (accents, cedillas, Hebrew points, Arabic harakat).
 * Vowel signs of Indic and South-East Asian scripts are marks too, but they carry meaning,
 * so only these blocks are stripped.
 */
const DIACRITIC =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0670]/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]/gu;
const FOLD_EXTRA: Record<string, string> = { ß: 'ss', ς: 'σ', ı: 'i' };

const cache = new Map<string, string>();

/**
 * Normalises one code point (given as a string) the way every token is compared: NFKC-style
 * compatibility folding, case folding, diacritics removed, punctuation dropped. Returns '' for
 * characters that carry no word content (quotes, apostrophes, dashes, brackets, joiners).
 */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return ch;
    return '';
  }
  let out = cache.get(ch);
  if (out === undefined) {
    // NFKD splits accents off their letters; NFC afterwards recomposes what must stay
    // composed (Hangul syllables, kana with voicing marks).
    out = ch.normalize('NFKD').replace(DIACRITIC, '').normalize('NFC').toLowerCase();
    out = (FOLD_EXTRA[out] ?? out).replace(NOT_WORD, '');
    cache.set(ch, out);
  }
  return out;
}
