import { highlightSegments, segmentsByParagraph } from '../utils/highlight-segments';
import type { ArticleMatch } from '../utils/match-result';
import { outletColor } from './outlet-colors';

interface HighlightedTextProps {
  text: string;
  /** Other-outlet matches in list order; their `a` ranges index `text`. */
  matches: ArticleMatch[];
}

/**
 * The article's text with every shared passage marked. Text goes in as Preact text nodes,
 * never as HTML, so nothing from the page can become markup here.
 */
export function HighlightedText({ text, matches }: HighlightedTextProps) {
  const segments = highlightSegments(
    text.length,
    matches.map((m) => m.passages.map((p) => p.a)),
  );
  return (
    <div class="article-text">
      {segmentsByParagraph(text, segments).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((seg) => {
            const slice = text.slice(seg.start, seg.end);
            if (seg.sharedWith.length === 0) return slice;
            const outlets = seg.sharedWith.map((i) => matches[i]!.outlet);
            return [
              <mark
                key={seg.start}
                data-shared
                data-outlets={outlets.join(', ')}
                title={`Shared with ${outlets.join(', ')}`}
                style={{ background: outletColor(seg.sharedWith[0]!) }}
              >
                {slice}
              </mark>,
              <sup key={`n${seg.start}`} class="shared-with" aria-hidden="true">
                {seg.sharedWith.map((i) => i + 1).join(',')}
              </sup>,
            ];
          })}
        </p>
      ))}
    </div>
  );
}
