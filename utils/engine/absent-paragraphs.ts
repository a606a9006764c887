import { cachedTokens } from './cached-tokens';
import type { Span } from './types';

/** Below this share of its words covered, a paragraph counts as absent. */
export const ABSENT_BELOW = 0.25;

/**
 * Paragraphs (blocks separated by blank lines) of `text` that the `covered` spans leave out:
 * given the other article's text and the passages it shares with this one, what this outlet
 * dropped; given this article's text and every passage it shares with any stored article,
 * what it adds that is found nowhere else. Spans exclude surrounding whitespace.
 */
export function absentParagraphs(
  text: string,
  covered: readonly Span[],
  below = ABSENT_BELOW,
): Span[] {
  const { starts, ends } = cachedTokens(text);
  const absent: Span[] = [];
  let t = 0;
  for (const para of paragraphSpans(text)) {
    let words = 0;
    let inside = 0;
    for (; t < starts.length && starts[t]! < para.end; t++) {
      words++;
      if (covered.some((s) => starts[t]! >= s.start && ends[t]! <= s.end)) inside++;
    }
    if (words > 0 && inside < below * words) absent.push(para);
  }
  return absent;
}

/** Character ranges of the non-blank paragraphs of `text` (split at blank lines), trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const breaks = [...text.matchAll(/\n[^\S\n]*\n\s*/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  let from = 0;
  for (const [end, next] of [...breaks, [text.length, text.length]] as [number, number][]) {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: from + lead, end: from + lead + trimmed.length });
    from = next;
  }
  return spans;
}
