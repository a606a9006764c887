/**
 * Wiretrace's text-reuse engine: pure functions usable in the background, in Node and in tests.
 *
 * Pipeline: `tokenize` normalises words (NFKC, case fold, diacritics, punctuation) and keeps
 * each word's exact range in the original text; `fingerprintText` gives the winnowed 3-word
 * shingle hashes and name prints an article is stored with, `lookupPrints` those it is
 * looked up by;
 * `comparePair` aligns the article being read with one candidate (exact shared runs,
 * chained across small edits, short runs and names kept once the texts are clearly related)
 * and scores it; `articleDerivation` / `combinedCut` judge an article over all its matches;
 * `absentParagraphs` says what one text leaves out; `likelyOrigin` picks the source of a
 * group of articles sharing text.
 */
export {
  fingerprintText,
  lookupPrints,
  SHINGLE_WORDS,
  WINDOW,
  LEAD_WORDS,
  LEAD_LOOKUP_MAX_WORDS,
} from './fingerprint-text';
export { comparePair, alignWords, ALIGN_OPTIONS, type AlignOptions } from './compare-pair';
export { absentParagraphs, paragraphSpans } from './absent-paragraphs';
export { articleDerivation, combinedCut, sourceCut, MIN_SOURCE_CUT } from './article-derivation';
export {
  likelyOrigin,
  canonicalAgency,
  type OriginCandidate,
  type LikelyOrigin,
} from './likely-origin';
export {
  classifyDerivation,
  DERIVATION_THRESHOLDS,
  type DerivationThresholds,
} from './classify-derivation';
export { publishedAfter } from './published-after';
export { normalizeText, type NormalizedText } from './normalize-text';
export { tokenize, type TokenList } from './tokenize';
export type { Span, Passage, PairScore, Derivation } from './types';
