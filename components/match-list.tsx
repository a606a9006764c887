import type { ArticleMatch } from '../utils/match-result';
import { compareHref, type CompareFrom } from '../utils/compare-link';
import { formatDate } from '../utils/format-date';
import { plural } from '../utils/plural';
import { outletColor } from './outlet-colors';
import { ArticleLink } from './article-link';

const DERIVATION_LABEL = {
  wholly: 'wholly derived',
  partially: 'partially derived',
  non: 'little shared',
} as const;

interface MatchListProps {
  matches: ArticleMatch[];
  /** Number shown before each match; highlights refer to matches by it. */
  firstNumber?: number;
  colored?: boolean;
  /** The article these matches are for: each match links to the two side by side. */
  compareFrom?: CompareFrom | null;
  /** Where that link opens: `_blank` from the popup, the saved page itself when unset. */
  compareTarget?: string;
  /**
   * For an article with no address to link to (a text pasted into "Check a text" and not
   * saved): "Side by side" is a button that hands over the other article's id.
   */
  onCompare?: (otherId: number) => void;
}

/** Other articles sharing text, possible sources first, with cut % and paste %. */
export function MatchList({
  matches,
  firstNumber = 1,
  colored = true,
  compareFrom = null,
  compareTarget,
  onCompare,
}: MatchListProps) {
  return (
    <ol class="match-list">
      {matches.map((m, i) => (
        <li
          key={m.articleId}
          class="match"
          data-match-url={m.url}
          data-shared-percent={String(Math.round(m.cut))}
          data-later={m.later ? '' : undefined}
        >
          <span
            class={colored ? 'match-number colored' : 'match-number'}
            style={colored ? { background: outletColor(i) } : undefined}
          >
            {firstNumber + i}
          </span>
          <div class="match-body">
            <div class="match-outlet">
              <bdi>{m.outlet}</bdi>
              {m.publishedTime || m.firstSeen ? (
                <span class="muted"> · {formatDate(m.publishedTime ?? m.firstSeen)}</span>
              ) : null}
              {m.later ? <span class="muted"> · published after this one</span> : null}
            </div>
            <ArticleLink class="match-title" url={m.url}>
              {m.title || m.url}
            </ArticleLink>
            <div
              class="match-scores"
              title="cut %: share of this article found there · paste %: share of that article found here"
            >
              <Meter label="of this article" value={m.cut} />
              <Meter label="of theirs" value={m.paste} />
              {/* A later copy cannot be what this article derives from: its date says it all. */}
              {m.later ? null : <span class="muted">{DERIVATION_LABEL[m.derivation]}</span>}
              {compareFrom !== null ? (
                <a
                  href={compareHref({ ...compareFrom, otherId: m.articleId })}
                  target={compareTarget}
                  rel={compareTarget ? 'noopener' : undefined}
                  data-compare-link
                >
                  Side by side
                </a>
              ) : onCompare ? (
                <button
                  type="button"
                  class="link"
                  onClick={() => onCompare(m.articleId)}
                  data-compare-link
                >
                  Side by side
                </button>
              ) : null}
            </div>
            {m.droppedParagraphs.length > 0 ? (
              <details class="dropped">
                <summary>
                  {plural(m.droppedParagraphs.length, 'paragraph')} of theirs not here
                </summary>
                {m.droppedParagraphs.map((text, i) => (
                  <blockquote key={i} dir="auto">
                    {text}
                  </blockquote>
                ))}
              </details>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Meter({ label, value }: { label: string; value: number }) {
  const pct = Math.round(value);
  return (
    <span class="meter">
      <span class="meter-bar">
        <span class="meter-fill" style={{ width: `${pct}%` }} />
      </span>
      <strong>{pct}%</strong> {label}
    </span>
  );
}
