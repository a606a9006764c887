import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractionFailure, ScanResult } from '../../utils/article';
// Not extract/index: the content script takes the page's part only (finish-article.ts runs
// in the background).
import { scanPage } from '../../utils/extract/scan-page';
import { failure } from '../../utils/extract/failure';
import { watchForLateText } from '../../utils/extract/late-text';
import { clearPageHighlights, handlePageRequest } from '../../utils/page-highlight/show-on-page';
import { isPaused, loadPausedSites, pausedMessage } from '../../utils/paused-sites';
import { sendRequest } from '../../utils/send-request';
import { validatePageRequest } from '../../utils/validate-request';
// The highlight colours; the browser injects this sheet itself, so no page CSP can refuse it.
import './page-highlight.css';
import { errorMessage } from '../../utils/error-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The background may be restarting (MV3) or the extension updated: nothing to do then.
    const read = () => readThisPage().catch(() => null);
    let stopWatching = () => {};
    // Read when the browser is idle, so extraction never competes with the page's own load.
    // Too little text may be a story still to come (a cookie notice, a late load): the page
    // is read again once it adds enough text (utils/extract/late-text.ts).
    const readWhenIdle = () =>
      ctx.requestIdleCallback(
        () =>
          void read().then((refused) => {
            if (refused === 'too-short' && document.body)
              stopWatching = watchForLateText(document.body, ctx, () => void read());
          }),
        { timeout: 3000 },
      );
    readWhenIdle();
    ctx.onInvalidated(() => stopWatching());
    // Sites that swap articles without a page load (history API) get each article read too;
    // the delay lets the new article render first. Highlights go with the article they were on.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearPageHighlights();
      stopWatching();
      ctx.setTimeout(readWhenIdle, 1500);
    });
    // The popup's "Highlight on the page": only this extension can message a content script,
    // and the request is validated all the same.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = validatePageRequest(message);
      if (typeof request === 'string') return undefined;
      // The reader says the page is an article after all (the popup's "Read it anyway").
      if (request.kind === 'read-page-anyway')
        return readThisPage({ anyway: true }).then(
          () => ({ ok: true, value: null }),
          (e: unknown) => ({ ok: false, error: errorMessage(e) }),
        );
      return Promise.resolve(handlePageRequest(document, request));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

/**
 * Reads this page (unless its site is paused) and hands what it read to the background.
 * Resolves to why the background did not take it as an article, null when it did.
 */
async function readThisPage(options: { anyway?: boolean } = {}): Promise<ExtractionFailure | null> {
  const url = location.href;
  // An extension updated or removed under the page has no storage left: read as unpaused,
  // and the send below fails.
  const sites = await loadPausedSites(browser.storage.local).catch(() => []);
  const read: ScanResult = isPaused(url, sites)
    ? failure('paused', pausedMessage(url), url)
    : scanPage(document, url, options);
  return sendRequest('page-read', { read });
}
