import type { Span } from './engine/types';
import type { TextSegment } from './highlight-segments';

/**
 * Cuts `[0, length)` at every passage boundary; each piece lists the indices of the
 * passages covering it (`sharedWith`), none for text no passage covers. One sweep over
 * sorted boundaries, so a long text with thousands of passages stays fast; pieces with
 * the same passages that touch are joined.
 */
export function passageSegments(length: number, spans: readonly Span[]): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const points = new Set<number>([0, length]);
  spans.forEach((s, i) => {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (end <= start) return;
    points.add(start).add(end);
    (opens.get(start) ?? opens.set(start, []).get(start)!).push(i);
    (closes.get(end) ?? closes.set(end, []).get(end)!).push(i);
  });
  const sorted = [...points].sort((x, y) => x - y);
  const active = new Set<number>();
  const out: TextSegment[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const at = sorted[k]!;
    for (const i of closes.get(at) ?? []) active.delete(i);
    for (const i of opens.get(at) ?? []) active.add(i);
    const sharedWith = [...active].sort((x, y) => x - y);
    const last = out.at(-1);
    if (last && sameList(last.sharedWith, sharedWith)) last.end = sorted[k + 1]!;
    else out.push({ start: at, end: sorted[k + 1]!, sharedWith });
  }
  return out;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
