import { useState } from 'preact/hooks';
import { sendRequest, sendToPage } from '../../utils/send-request';
import type { TabResult } from '../../utils/tab-result';
import { errorMessage } from '../../utils/error-message';

interface ReadAnywayProps {
  tabId: number;
  /** The button's words, and the hint after it saying when to use it. */
  label: string;
  hint: string;
  /** The tab's result once the page has been read again, as an article this time. */
  onRead(result: TabResult | null): void;
}

/**
 * Has the page read again, as an article whatever the article test and the page-size guard
 * say: "Read it anyway" under "Not an article" (the test misses some articles: an interview
 * in short paragraphs, a page with no article metadata) and under "Page too large" (the
 * reader accepts the wait), "Read it again" under "Too little text" (the article shows only
 * once a cookie notice is accepted, or loads late). The page's content script extracts it
 * without those checks and the background compares (and, with saving on, stores) it as it
 * would any article.
 */
export function ReadAnyway({ tabId, label, hint, onRead }: ReadAnywayProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const read = () => {
    setBusy(true);
    setError(null);
    sendToPage(tabId, 'read-page-anyway', {})
      .then(() => sendRequest('get-tab-result', { tabId }))
      .then(onRead)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="read-anyway">
      <button type="button" onClick={read} disabled={busy} data-read-anyway>
        {busy ? 'Reading…' : label}
      </button>{' '}
      <span class="muted">{hint}</span>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
