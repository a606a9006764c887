import { SENTENCE_END } from './engine/reworded-sentences';
import type { Span } from './engine/types';

/** A stretch of text with the indices of the matches (outlets) that share it; none = not shared. */
export interface TextSegment extends Span {
  sharedWith: number[];
}

/**
 * Cuts `[0, length)` at every passage boundary and records, for each piece, which of the
 * given passage lists cover it. `passageLists[i]` holds match i's ranges in this text (the
 * side-by-side view gives each passage a list of its own). One sweep over the sorted
 * boundaries, so a long text with thousands of passages stays fast; touching pieces
 * covered by the same lists are joined.
 */
export function highlightSegments(length: number, passageLists: readonly Span[][]): TextSegment[] {
  // How many of each list's spans open (+1) and close (-1) at each boundary.
  const events = new Map<number, [list: number, delta: number][]>();
  const at = (point: number) => events.get(point) ?? events.set(point, []).get(point)!;
  passageLists.forEach((spans, list) =>
    spans.forEach((s) => {
      const start = clamp(s.start, length);
      const end = clamp(s.end, length);
      if (end <= start) return;
      at(start).push([list, 1]);
      at(end).push([list, -1]);
    }),
  );
  const points = [...new Set([0, length, ...events.keys()])].sort((x, y) => x - y);
  const open = new Map<number, number>();
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    for (const [list, delta] of events.get(points[i]!) ?? []) {
      const count = (open.get(list) ?? 0) + delta;
      if (count === 0) open.delete(list);
      else open.set(list, count);
    }
    const sharedWith = [...open.keys()].sort((x, y) => x - y);
    const last = segments.at(-1);
    if (last && sameMembers(last.sharedWith, sharedWith)) last.end = points[i + 1]!;
    else segments.push({ start: points[i]!, end: points[i + 1]!, sharedWith });
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
