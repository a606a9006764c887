import type { Span } from '../engine/types';

/** One document's text with its gold and predicted passages. */
export interface SpanCase {
  text: string;
  gold: Span[];
  predicted: Span[];
}

/** PAN-style character-level scores. */
export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
  /** Mean number of predicted passages per detected gold passage (1 is ideal). */
  granularity: number;
  /** F1 / log2(1 + granularity). */
  plagdet: number;
}

/**
 * Character-level precision and recall summed over all documents (characters of passages;
 * whitespace is not counted, so where a passage is cut between two words does not matter),
 * PAN's granularity, and plagdet. Gold and predicted passages are first merged where only
 * whitespace separates them.
 */
export function spanScores(cases: readonly SpanCase[]): SpanScores {
  let hit = 0;
  let predicted = 0;
  let gold = 0;
  let detected = 0;
  let pieces = 0;
  for (const c of cases) {
    const g = mergeSpans(c.text, c.gold);
    const p = mergeSpans(c.text, c.predicted);
    const inGold = mask(c.text.length, g);
    const inPred = mask(c.text.length, p);
    for (let i = 0; i < c.text.length; i++) {
      if (/\s/.test(c.text[i]!)) continue;
      gold += inGold[i]!;
      predicted += inPred[i]!;
      hit += inGold[i]! & inPred[i]!;
    }
    for (const s of g) {
      const overlapping = p.filter(
        (q) =>
          q.start < s.end &&
          q.end > s.start &&
          hasWordChars(c.text, Math.max(q.start, s.start), Math.min(q.end, s.end)),
      ).length;
      if (overlapping > 0) {
        detected++;
        pieces += overlapping;
      }
    }
  }
  const precision = predicted ? hit / predicted : 0;
  const recall = gold ? hit / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const granularity = detected ? pieces / detected : 1;
  return { precision, recall, f1, granularity, plagdet: f1 / Math.log2(1 + granularity) };
}

/** Sorted, non-overlapping spans, joined where only whitespace lies between them. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && (s.start <= last.end || !text.slice(last.end, s.start).trim()))
      last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function mask(length: number, spans: readonly Span[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return m;
}

function hasWordChars(text: string, start: number, end: number): boolean {
  return start < end && text.slice(start, end).trim().length > 0;
}
