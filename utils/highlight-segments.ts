import { SENTENCE_END } from './engine/reworded-sentences';
import type { Span } from './engine/types';

/** A stretch of text with the indices of the matches (outlets) that share it; none = not shared. */
export interface TextSegment extends Span {
  sharedWith: number[];
}

/**
 * Cuts `[0, length)` at every passage boundary and records, for each piece, which of the
 * given passage lists cover it. `passageLists[i]` holds match i's ranges in this text.
 */
export function highlightSegments(length: number, passageLists: readonly Span[][]): TextSegment[] {
  const cuts = new Set<number>([0, length]);
  passageLists.forEach((spans) =>
    spans.forEach((s) => {
      cuts.add(clamp(s.start, length));
      cuts.add(clamp(s.end, length));
    }),
  );
  const points = [...cuts].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const sharedWith = passageLists.flatMap((spans, m) =>
      spans.some((s) => s.start <= start && s.end >= end) ? [m] : [],
    );
    const last = segments.at(-1);
    if (last && sameMembers(last.sharedWith, sharedWith)) last.end = end;
    else segments.push({ start, end, sharedWith });
  }
  return segments;
}

/**
 * Splits segments at paragraph breaks (blank lines), so each paragraph renders as its own
 * block with its own slice of highlighted and plain segments.
 */
export function segmentsByParagraph(
  text: string,
  segments: readonly TextSegment[],
): TextSegment[][] {
  const paragraphs: TextSegment[][] = [];
  let from = 0;
  const breaks = [...text.matchAll(/\n\s*\n/g), { index: text.length, 0: '' }];
  for (const br of breaks) {
    const to = br.index;
    const clipped = segments
      .filter((s) => s.end > from && s.start < to)
      .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    if (to > from) paragraphs.push(clipped);
    from = to + br[0].length;
  }
  return paragraphs;
}

/**
 * Whether the shared segment at `index` of a paragraph carries its outlet numbers: not when
 * the paragraph's next shared segment is shared with the same outlets and only words of the
 * same sentence lie between, so the words kept from a reworded sentence ("the board said
 * its lighthouse, new and at Varna") are numbered once, after the last of them.
 */
export function labelsSegment(
  text: string,
  paragraph: readonly TextSegment[],
  index: number,
): boolean {
  const seg = paragraph[index]!;
  let at = index + 1;
  // Shared and plain segments alternate: the next shared one is one or two steps on.
  while (at < paragraph.length && paragraph[at]!.sharedWith.length === 0) at++;
  const next = paragraph[at];
  if (!next || !sameMembers(seg.sharedWith, next.sharedWith)) return true;
  // A mark may end with its sentence's full stop (and a closing quote).
  return SENTENCE_END.test(text.slice(Math.max(seg.start, seg.end - 2), next.start));
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
