/** Agreement measures shared by the extraction reports (tests/cli/pages-report.ts). */
import { normalizeDate } from '../../utils/extract/normalize-date.ts';

/** ok: same; miss: differs or missing; n/a: neither has one; extra: only we found one. */
export type FieldAgreement = 'ok' | 'miss' | 'n/a' | 'extra';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Whitespace collapsed and trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Title equal, or the reference is ours plus a " | Site"-style suffix (which we strip on purpose). */
export function titleLoose(ours: string, expected: string): boolean {
  const a = collapse(ours);
  const b = collapse(expected);
  return (
    a === b ||
    (a.length > 0 && b.startsWith(a) && /^\s*[|\-–—_:»·•[(（【]/u.test(b.slice(a.length)))
  );
}

function bylineKey(text: string): string {
  return collapse(text)
    .toLowerCase()
    .replace(/^(by|par|por|von)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Bylines agree when one contains the other once "By" and punctuation are ignored. */
export function compareByline(ours: string | null, expected: string | null): FieldAgreement {
  if (!expected) return ours ? 'extra' : 'n/a';
  if (!ours) return 'miss';
  const a = bylineKey(ours);
  const b = bylineKey(expected);
  return a && b && (a === b || b.includes(a) || a.includes(b)) ? 'ok' : 'miss';
}

/** Times agree when they denote the same instant (zone-less times read as UTC on both sides). */
export function compareDate(ours: string | null, expected: string | null): FieldAgreement {
  if (!expected) return ours ? 'extra' : 'n/a';
  const a = normalizeDate(ours);
  return a !== null && a === normalizeDate(expected) ? 'ok' : 'miss';
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Invisible characters (soft hyphens, zero-width spaces) would split words on one side only.
  const visible = text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').toLowerCase();
  for (const { segment, isWordLike } of segmenter.segment(visible)) {
    if (isWordLike) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  return counts;
}

/** Bag-of-words precision, recall and F1 of `ours` against `expected` (Unicode word segmentation). */
export function wordF1(
  ours: string,
  expected: string,
): { precision: number; recall: number; f1: number } {
  const a = words(ours);
  const b = words(expected);
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const count of a.values()) totalA += count;
  for (const [word, count] of b) {
    totalB += count;
    shared += Math.min(count, a.get(word) ?? 0);
  }
  const precision = totalA ? shared / totalA : 0;
  const recall = totalB ? shared / totalB : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Lines of `from` (by their first 60 characters) that do not occur in `within`. */
export function missingLines(from: string[], within: string): string[] {
  const haystack = collapse(within);
  return from.map(collapse).filter((line) => line && !haystack.includes(line.slice(0, 60)));
}
