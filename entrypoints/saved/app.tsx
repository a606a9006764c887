import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleReport } from '../../components/article-report';
import { ArticleTable } from '../../components/article-table';
import { SideBySide } from '../../components/side-by-side';
import { StatusNotice } from '../../components/status-notice';
import { CheckText } from './check-text';
import { ImportExport } from './import-export';
import { PausedSites } from './paused-sites';
import { useComparison } from './use-comparison';
import type { ArticleView, MatchReport } from '../../utils/match-result';
import { sendRequest } from '../../utils/send-request';
import type { ArticleRow } from '../../utils/store/list-articles';

const PAGE = 50;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SavedApp() {
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<ArticleRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<{ article: ArticleView; report: MatchReport } | null>(null);
  const { comparison, close } = useComparison(setError);

  const load = useCallback(
    async (offset: number) => {
      try {
        const page = await sendRequest('list-articles', { query, offset, limit: PAGE });
        setRows((old) => (offset === 0 ? page.rows : [...(old ?? []), ...page.rows]));
        setTotal(page.total);
        setError(null);
      } catch (e) {
        setError(message(e));
      }
    },
    [query],
  );
  useEffect(() => void load(0), [load]);

  const run = (work: Promise<unknown>) =>
    work.then(() => load(0)).catch((e) => setError(message(e)));
  const select = (id: number) =>
    sendRequest('get-article', { id })
      .then(setDetail)
      .catch((e) => setError(message(e)));
  const remove = (row: ArticleRow) => {
    if (detail?.article.id === row.id) setDetail(null);
    void run(sendRequest('delete-article', { id: row.id }));
  };
  // With a search, the button deletes what it found (a paused site's articles, say).
  const searching = query.trim() !== '';
  const removeAll = () => {
    const what = searching
      ? `the ${total} saved articles found for "${query.trim()}"`
      : `all ${total} saved articles`;
    if (!confirm(`Delete ${what}? This cannot be undone.`)) return;
    setDetail(null);
    void run(searching ? sendRequest('delete-matching', { query }) : sendRequest('delete-all', {}));
  };

  return (
    <main class="saved" data-status={rows === null ? 'loading' : 'ready'}>
      <header class="saved-header">
        <h1>Saved articles</h1>
        <input
          type="search"
          placeholder="Search title or outlet"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="muted">{total} stored</span>
        <ImportExport onImported={() => void load(0)} />
        <button type="button" class="danger" onClick={removeAll} disabled={total === 0}>
          {searching ? `Delete ${total} found` : 'Delete all'}
        </button>
      </header>
      {error ? <StatusNotice title="Something went wrong">{error}</StatusNotice> : null}
      {comparison ? <SideBySide {...comparison} onClose={close} /> : null}
      {/* Hidden, not unmounted, while comparing: a pasted text and the list's place stay. */}
      <div hidden={comparison !== null}>
        <CheckText onSaved={() => void load(0)} />
        <PausedSites />
        <div class={detail ? 'saved-body has-detail' : 'saved-body'}>
          <section class="saved-list">
            {rows && rows.length === 0 ? (
              <StatusNotice title={query ? 'No saved article matches' : 'No saved articles yet'}>
                {query
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
