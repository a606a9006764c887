import { describe, expect, it } from 'vitest';
import { highlightSegments, type TextSegment } from '../../../utils/highlight-segments';
import type { Span } from '../../../utils/engine/types';

/** One list per passage, as the side-by-side view cuts a text. */
const passageSegments = (length: number, spans: Span[]) =>
  highlightSegments(
    length,
    spans.map((s) => [s]),
  );

/** The plain definition: cut at every boundary, test every piece against every span. */
function reference(length: number, lists: Span[][]): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const points = [
    ...new Set([0, length, ...lists.flat().flatMap((s) => [clamp(s.start), clamp(s.end)])]),
  ].sort((x, y) => x - y);
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const sharedWith = lists.flatMap((spans, m) =>
      spans.some((s) => s.start <= start && s.end >= end) ? [m] : [],
    );
    const last = out.at(-1);
    if (last && last.sharedWith.join() === sharedWith.join()) last.end = end;
    else out.push({ start, end, sharedWith });
  }
  return out;
}

describe('highlightSegments, one list per passage', () => {
  it('lists the passages covering each piece, with plain text between', () => {
    expect(
      passageSegments(30, [
        { start: 2, end: 10 },
        { start: 10, end: 14 },
        { start: 20, end: 40 },
      ]),
    ).toEqual([
      { start: 0, end: 2, sharedWith: [] },
      { start: 2, end: 10, sharedWith: [0] },
      { start: 10, end: 14, sharedWith: [1] },
      { start: 14, end: 20, sharedWith: [] },
      { start: 20, end: 30, sharedWith: [2] },
    ]);
  });

  it('splits overlapping passages (one paragraph of theirs used twice) and rejoins around them', () => {
    expect(
      passageSegments(20, [
        { start: 0, end: 20 },
        { start: 5, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 5, sharedWith: [0] },
      { start: 5, end: 8, sharedWith: [0, 1] },
      { start: 8, end: 20, sharedWith: [0] },
    ]);
  });

  it("counts one outlet's overlapping passages once, until the last of them ends", () => {
    expect(
      highlightSegments(20, [
        [
          { start: 0, end: 10 },
          { start: 5, end: 15 },
        ],
      ]),
    ).toEqual([
      { start: 0, end: 15, sharedWith: [0] },
      { start: 15, end: 20, sharedWith: [] },
    ]);
  });

  it('cuts the same pieces as the plain definition (random spans, one or several lists)', () => {
    let seed = 7;
    // A 32-bit LCG; its high bits, the low ones of an LCG repeat with a short period.
    const rand = (n: number) => (
      (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0),
      (seed >>> 16) % n
    );
    for (let run = 0; run < 300; run++) {
      const length = 1 + rand(80);
      const spans: Span[] = Array.from({ length: rand(8) }, () => {
        const start = rand(length + 10) - 5;
        return { start, end: start + rand(30) };
      });
      expect(passageSegments(length, spans)).toEqual(
        reference(
          length,
          spans.map((s) => [s]),
        ),
      );
      // Overlapping spans of one list (an outlet's passages) count once.
      const lists = [spans.slice(0, 3), spans.slice(2)];
      expect(highlightSegments(length, lists)).toEqual(reference(length, lists));
    }
  });

  it('stays linear enough for a very long text with thousands of passages', () => {
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 6 }));
    const segments = passageSegments(200_000, spans);
    expect(segments).toHaveLength(40_000);
    expect(segments[39_999]).toEqual({ start: 199_996, end: 200_000, sharedWith: [] });
  });
});
