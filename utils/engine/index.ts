/** Wiretrace's text-reuse engine: pure functions usable in the background, in Node and in tests. */
export { fingerprintText, SHINGLE_WORDS, WINDOW } from './fingerprint-text';
export { comparePair, alignWords, ALIGN_OPTIONS, type AlignOptions } from './compare-pair';
export { absentParagraphs, paragraphSpans } from './absent-paragraphs';
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
export { normalizeText, type NormalizedText } from './normalize-text';
export { tokenize, type TokenList } from './tokenize';
export type { Span, Passage, PairScore, Derivation } from './types';
