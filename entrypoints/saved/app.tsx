import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ArticleReport } from '../../components/article-report';
import { ArticleTable } from '../../components/article-table';
import { SideBySide } from '../../components/side-by-side';
import { StatusNotice } from '../../components/status-notice';
import { CheckText } from './check-text';
import { ImportExport } from './import-export';
import { KeepArticles } from './keep-articles';
import { PausedSites } from './paused-sites';
import { useComparison } from './use-comparison';
import { useLinking } from './use-linking';
import type { ArticleView, MatchReport } from '../../utils/match-result';
import { plural } from '../../utils/plural';
import { sendRequest } from '../../utils/send-request';
import { LIMITS } from '../../utils/validate-request';
import type { ArticleRow, ListOrder } from '../../utils/store/list-articles';
import { errorMessage } from '../../utils/error-message';

const PAGE = 50;
/** The most rows one list request returns (validate-request.ts). */
const MAX_RELOAD = 500;
/** Typing pause before a search runs: one search per word typed, not one per letter. */
const SEARCH_DELAY_MS = 200;

/** The rows shown, with the search that listed them and how many it found in all. */
interface Listing {
  query: string;
  rows: ArticleRow[];
  total: number;
}

export function SavedApp() {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [order, setOrder] = useState<ListOrder>('newest');
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<{ article: ArticleView; report: MatchReport } | null>(null);
  const { comparison, showPasted, close } = useComparison(setError);
  const latest = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearched(query), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);

  const load = useCallback(
    async (offset: number, limit = PAGE) => {
      const ticket = ++latest.current;
      try {
        const page = await sendRequest('list-articles', { query: searched, offset, limit, order });
        // An answer to an earlier search or page must not replace a later one.
        if (ticket !== latest.current) return;
        setListing((old) => ({
          query: searched,
          rows: offset === 0 || !old ? page.rows : [...old.rows, ...page.rows],
          total: page.total,
        }));
        setError(null);
      } catch (e) {
        if (ticket === latest.current) setError(errorMessage(e));
      }
    },
    [searched, order],
  );
  useEffect(() => void load(0), [load]);
  // The rows shown again, as many as are shown (up to the most one request lists), with
  // what linking imported articles has found since.
  const shown = useRef(0);
  shown.current = listing?.rows.length ?? 0;
  const linking = useLinking(
    () => void load(0, Math.min(MAX_RELOAD, Math.max(PAGE, shown.current))),
    setError,
  );
  const { remaining, timeLeft } = linking;

  const rows = listing?.rows ?? null;
  const total = listing?.total ?? 0;
  const run = (work: Promise<unknown>) =>
    work.then(() => load(0)).catch((e) => setError(errorMessage(e)));
  const select = (id: number) =>
    sendRequest('get-article', { id })
      .then(setDetail)
      .catch((e) => setError(errorMessage(e)));
  const remove = (row: ArticleRow) => {
    if (detail?.article.id === row.id) setDetail(null);
    void run(sendRequest('delete-article', { id: row.id }));
  };
  // With a search, the button deletes what it found (a paused site's articles, say): the
  // search that listed the rows, whose total the button shows, even while a new one is typed.
  const found = listing?.query.trim() ?? '';
  const removeAll = () => {
    const what = found
      ? `the ${total} saved articles found for "${found}"`
      : `all ${total} saved articles`;
    if (!confirm(`Delete ${what}? This cannot be undone.`)) return;
    setDetail(null);
    void run(
      found ? sendRequest('delete-matching', { query: found }) : sendRequest('delete-all', {}),
    );
  };

  return (
    <main class="saved" data-status={rows === null ? 'loading' : 'ready'}>
      <header class="saved-header">
        <h1>Saved articles</h1>
        <input
          type="search"
          placeholder="Search title or outlet"
          dir="auto"
          maxLength={LIMITS.queryChars}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select
          aria-label="Order of the list"
          value={order}
          onChange={(e) => setOrder(e.currentTarget.value as ListOrder)}
        >
          {/* By when each was saved (first seen), not by publication date: the column shows the
              latter when known, so "newest" would read as unsorted. */}
          <option value="newest">Recently saved first</option>
          <option value="shared">Most shared first</option>
        </select>
        <span class="muted">{total.toLocaleString()} stored</span>
        <ImportExport
          onImported={() => {
            void load(0);
            void linking.start();
          }}
        />
        <button type="button" class="danger" onClick={removeAll} disabled={total === 0}>
          {found ? `Delete ${total} found` : 'Delete all'}
        </button>
      </header>
      <KeepArticles stored={total} onForgot={() => void load(0)} onError={setError} />
      {remaining ? (
        <p class="muted linking" role="status" data-linking={remaining}>
          Comparing {plural(remaining, 'imported article')} with your other saved articles
          {timeLeft ? ` (${timeLeft})` : ''}: "Shared by" fills in as they are done, while this page
          is open.
        </p>
      ) : null}
      {error ? <StatusNotice title="Something went wrong">{error}</StatusNotice> : null}
      {comparison ? <SideBySide {...comparison} onClose={close} /> : null}
      {/* Hidden, not unmounted, while comparing: a pasted text and the list's place stay. */}
      <div hidden={comparison !== null}>
        <CheckText onSaved={() => void load(0)} onCompare={showPasted} />
        <PausedSites />
        <div class={detail ? 'saved-body has-detail' : 'saved-body'}>
          <section class="saved-list">
            {rows && rows.length === 0 ? (
              <StatusNotice title={found ? 'No saved article matches' : 'No saved articles yet'}>
                {found
                  ? null
                  : 'Read a news article and Wiretrace stores it here, on this device only.'}
              </StatusNotice>
            ) : null}
            {rows && rows.length > 0 ? (
              <ArticleTable
                rows={rows}
                selectedId={detail?.article.id ?? null}
                onSelect={select}
                onDelete={remove}
              />
            ) : null}
            {rows && rows.length < total ? (
              <button type="button" onClick={() => void load(rows.length)}>
                Show more
              </button>
            ) : null}
          </section>
          {detail ? (
            <section class="saved-detail">
              <ArticleReport article={detail.article} report={detail.report} />
            </section>
          ) : null}
        </div>
      </div>
    </main>
  );
}
