import { highlightSegments, labelsSegment, segmentsByParagraph } from '../utils/highlight-segments';
import type { Span } from '../utils/engine/types';
import type { ArticleMatch } from '../utils/match-result';
import type { TextSegment } from '../utils/highlight-segments';
import { outletColor } from './outlet-colors';

interface HighlightedTextProps {
  text: string;
  /** Other-outlet matches in list order; their `a` ranges index `text`. */
  matches: ArticleMatch[];
  /** Paragraphs found in no other outlet, marked as this outlet's own. */
  onlyHere?: Span[];
  /** The article's language (`langAttr`). */
  lang?: string;
}

/**
 * The article's text with every shared passage marked. Text goes in as Preact text nodes,
 * never as HTML, so nothing from the page can become markup here.
 */
export function HighlightedText({ text, matches, onlyHere = [], lang }: HighlightedTextProps) {
  const segments = highlightSegments(
    text.length,
    matches.map((m) => m.passages.map((p) => p.a)),
  );
  return (
    <div class="article-text" lang={lang}>
      {segmentsByParagraph(text, segments).map((paragraph, p) => (
        // dir="auto": each paragraph takes the direction of its first letters, so Arabic or
        // Hebrew reads right to left with its punctuation where it belongs.
        <p
          key={p}
          dir="auto"
          class={isOnlyHere(paragraph, onlyHere) ? 'only-here' : undefined}
          title={isOnlyHere(paragraph, onlyHere) ? 'Found in no other outlet' : undefined}
        >
          {paragraph.map((seg, i) => {
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
              labelsSegment(text, paragraph, i) ? (
                <sup key={`n${seg.start}`} class="shared-with" aria-hidden="true">
                  {seg.sharedWith.map((m) => m + 1).join(',')}
                </sup>
              ) : null,
            ];
          })}
        </p>
      ))}
    </div>
  );
}

function isOnlyHere(paragraph: TextSegment[], onlyHere: Span[]): boolean {
  const at = paragraph[0]?.start ?? -1;
  const end = paragraph.at(-1)?.end ?? -1;
  return onlyHere.some((s) => s.start < end && s.end > at);
}
