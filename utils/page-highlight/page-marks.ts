import { highlightSegments } from '../highlight-segments';
import type { ArticleMatch } from '../match-result';
import type { PageMark } from './locate-marks';

/**
 * The popup's highlights as marks on the article's text: every stretch shared with another
 * outlet, coloured like the popup colours it (by the first outlet listed that shares it).
 */
export function pageMarks(textLength: number, matches: readonly ArticleMatch[]): PageMark[] {
  return highlightSegments(
    textLength,
    matches.map((m) => m.passages.map((p) => p.a)),
  )
    .filter((s) => s.sharedWith.length > 0)
    .map((s) => ({ start: s.start, end: s.end, outlet: s.sharedWith[0]! }));
}
