import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../utils/highlight-segments';
import { passageSegments } from '../../../utils/passage-segments';
import type { Span } from '../../../utils/engine/types';

describe('passageSegments', () => {
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

  it('cuts the same pieces as highlightSegments with one list per passage (random spans)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 300; run++) {
      const length = 1 + rand(80);
      const spans: Span[] = Array.from({ length: rand(8) }, () => {
        const start = rand(length + 10) - 5;
        return { start, end: start + rand(30) };
      });
      expect(passageSegments(length, spans)).toEqual(
        highlightSegments(
          length,
          spans.map((s) => [s]),
        ),
      );
    }
  });

  it('stays linear enough for a very long text with thousands of passages', () => {
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 6 }));
    const segments = passageSegments(200_000, spans);
    expect(segments).toHaveLength(40_000);
    expect(segments[39_999]).toEqual({ start: 199_996, end: 200_000, sharedWith: [] });
  });
});
