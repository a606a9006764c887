import { useEffect, useRef } from 'preact/hooks';
import { highlightSegments, segmentsByParagraph } from '../utils/highlight-segments';
import type { Span } from '../utils/engine/types';
import type { ArticleMatch, ArticleView } from '../utils/match-result';
import { ArticleHeader } from './article-header';
import { outletColor } from './outlet-colors';
import { langAttr } from '../utils/text-lang';
import { isPastedUrl } from '../utils/pasted-article';

interface SideBySideProps {
  left: ArticleView;
  right: ArticleView;
  /** The left article's match for the right one: `a` ranges index left, `b` right. */
  match: ArticleMatch;
  onClose(): void;
}

type Side = 'left' | 'right';
const FLASH_MS = 1500;

/**
 * Two stored articles in columns with the text they share highlighted in both, so what
 * one outlet added, rewrote or left out is the plain text. Clicking a shared passage
 * scrolls the other column to the same passage and outlines it there.
 */
export function SideBySide({ left, right, match, onClose }: SideBySideProps) {
  const root = useRef<HTMLElement>(null);
  // Opened from a link far down the saved list: start at the top of both texts.
  useEffect(() => scrollTo(0, 0), [left.id, right.id]);
  // A passage may run over several paragraphs, each its own mark: the one shown is the
  // mark at the same relative place in the other text's range of that passage.
  const jump = (to: Side, passage: number, at: number) => {
    const p = match.passages[passage]!;
    const [from, onto] = to === 'right' ? [p.a, p.b] : [p.b, p.a];
    const share = (at - from.start) / Math.max(1, from.end - from.start);
    const target = onto.start + share * (onto.end - onto.start);
    const marks = [
      ...(root.current?.querySelectorAll<HTMLElement>(
        `[data-side="${to}"] mark[data-passage~="${passage}"]`,
      ) ?? []),
    ];
    const mark = marks.findLast((m) => Number(m.dataset.start) <= target) ?? marks[0];
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), FLASH_MS);
  };
  return (
    <section class="compare" data-compare ref={root}>
      <header class="compare-header">
        <h2>Side by side</h2>
        <span class="muted">
          Highlighted: text both share. Plain: text only one of them has, added, rewritten or left
          out. Click a passage to find it in the other.
        </span>
        <button type="button" onClick={onClose} data-close-compare>
          Close
        </button>
      </header>
      <div class="compare-columns">
        <Column
          side="left"
          article={left}
          spans={match.passages.map((p) => p.a)}
          share={match.cut}
          onPick={(i, at) => jump('right', i, at)}
        />
        <Column
          side="right"
          article={right}
          spans={match.passages.map((p) => p.b)}
          share={match.paste}
          onPick={(i, at) => jump('left', i, at)}
        />
      </div>
    </section>
  );
}

interface ColumnProps {
  side: Side;
  article: ArticleView;
  spans: Span[];
  /** Share of this article's words in the passages, 0-100. */
  share: number;
  /** A click on a passage's mark that starts at offset `at` of this text. */
  onPick(passage: number, at: number): void;
}

function Column({ side, article, spans, share, onPick }: ColumnProps) {
  const text = article.text;
  // Each passage a list of its own: a piece's `sharedWith` names the passages covering it.
  const pieces = highlightSegments(
    text.length,
    spans.map((s) => [s]),
  );
  const paragraphs = segmentsByParagraph(text, pieces);
  return (
    <div class="compare-column" data-side={side}>
      <ArticleHeader article={article} />
      <div class="compare-share">
        <strong>{Math.round(share)}%</strong> of its words shared
        {isPastedUrl(article.url) ? null : (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              Open
            </a>
          </>
        )}
      </div>
      {/* Text goes in as Preact text nodes, never as HTML. */}
      <div class="article-text compare-text" lang={langAttr(article.lang)}>
        {paragraphs.map((paragraph, p) => (
          <p key={p} dir="auto">
            {paragraph.map((seg) => {
              const slice = text.slice(seg.start, seg.end);
              if (seg.sharedWith.length === 0) return slice;
              const first = seg.sharedWith[0]!;
              return (
                <mark
                  key={seg.start}
                  data-shared
                  data-passage={seg.sharedWith.join(' ')}
                  data-start={seg.start}
                  style={{ background: outletColor(0) }}
                  tabIndex={0}
                  role="button"
                  title="Show in the other article"
                  onClick={() => onPick(first, seg.start)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter' && e.key !== ' ') return;
                    e.preventDefault();
                    onPick(first, seg.start);
                  }}
                >
                  {slice}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    </div>
  );
}
