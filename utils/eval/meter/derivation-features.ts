import { combinedCut, MIN_SOURCE_CUT, sourceCut } from '../../engine/index';
import { cachedTokens } from '../../engine/cached-tokens';
import { nGramContainment } from '../ngram-containment';
import type { MeterResult } from './run-meter-matching';

/**
 * Overlap measures of one article with the sources its matching found, besides the cut %
 * the engine classifies by: the candidates a classifier of several measures could use. All
 * come from what the extension has when a page is read (its matches and their texts), none
 * from the gold story.
 */
export const FEATURE_NAMES = [
  'cut',
  'words1',
  'words2',
  'words3',
  'logWords',
  'cutOutsideQuotes',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export function derivationFeatures(
  r: MeterResult,
  sourceText: (url: string) => string | undefined,
): Record<FeatureName, number> {
  const { text } = r.article;
  const possible = r.matches.filter((m) => !m.later);
  const sources = possible.filter((m) => m.cut >= MIN_SOURCE_CUT);
  // An article with only chance overlaps is measured against its closest one.
  const measured = sources.length ? sources : possible.slice(0, 1);
  const texts = measured.map((m) => sourceText(m.url) ?? '');
  return {
    cut: sourceCut(text, possible),
    words1: nGramContainment(text, texts, 1),
    words2: nGramContainment(text, texts, 2),
    words3: nGramContainment(text, texts, 3),
    logWords: Math.log(1 + cachedTokens(text).norms.length),
    cutOutsideQuotes: outsideQuotesCut(text, sources),
  };
}

/**
 * The cut % counting only words outside quotation marks: independent reports of one event
 * quote the same statement, while copy shares the narrative too.
 */
function outsideQuotesCut(text: string, sources: MeterResult['matches']): number {
  const quoted = quotedMask(text);
  const outside = (m: MeterResult['matches'][number]) => ({
    passages: m.passages.flatMap((p) => unquotedParts(p.a, quoted).map((a) => ({ a, b: p.b }))),
  });
  return combinedCut(text, sources.map(outside));
}

function unquotedParts(span: { start: number; end: number }, quoted: Uint8Array) {
  const parts: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = span.start; i <= span.end; i++) {
    const inside = i < span.end && !quoted[i];
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) (parts.push({ start, end: i }), (start = -1));
  }
  return parts;
}

const CLOSING: Record<string, string> = {
  '"': '"',
  '“': '”',
  '‘': '’',
  "'": "'",
  '`': "'",
  '«': '»',
};

/**
 * Characters inside quotation marks: a mark opens after a space or the start and before a
 * non-space, and closes at its partner followed by a space, punctuation or the end; a
 * paragraph break closes it too. Apostrophes inside words never open or close one.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open < 0) {
      const opens = c in CLOSING && (i === 0 || /[\s([—–-]/.test(text[i - 1]!));
      if (opens && /\S/.test(text[i + 1] ?? ' ')) [open, close] = [i, CLOSING[c]!];
      continue;
    }
    const closes =
      (c === close || (close === '"' && c === '”') || (close === "'" && c === '’')) &&
      /^[\s.,;:!?)—–-]?$/.test(text[i + 1] ?? '');
    if (closes) (mask.fill(1, open, i + 1), (open = -1));
    else if (c === '\n' && text[i + 1] === '\n') (mask.fill(1, open, i), (open = -1));
  }
  if (open >= 0) mask.fill(1, open, text.length);
  return mask;
}
