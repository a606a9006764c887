import { useState } from 'preact/hooks';
import { sendRequest, sendToPage } from '../../utils/send-request';
import type { TabResult } from '../../utils/tab-result';

interface ReadAnywayProps {
  tabId: number;
  /** The tab's result once the page has been read again, as an article this time. */
  onRead(result: TabResult | null): void;
}

/**
 * "Read it anyway", under "Not an article": the article test misses some articles (an
 * interview in short paragraphs, a page with no article metadata), and the reader can tell.
 * The page's content script extracts it without the test and the background compares (and,
 * with saving on, stores) it as it would any article.
 */
export function ReadAnyway({ tabId, onRead }: ReadAnywayProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const read = () => {
    setBusy(true);
    setError(null);
    sendToPage(tabId, 'read-page-anyway', {})
      .then(() => sendRequest('get-tab-result', { tabId }))
      .then(onRead)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="read-anyway">
      <button type="button" onClick={read} disabled={busy} data-read-anyway>
        {busy ? 'Reading…' : 'Read it anyway'}
      </button>{' '}
      <span class="muted">if this page is an article.</span>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
