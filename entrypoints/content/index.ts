import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractionResult } from '../../utils/article';
import { extractArticle, isArticlePage } from '../../utils/extract/index';
import { clearPageHighlights, handlePageRequest } from '../../utils/page-highlight/show-on-page';
import { isPaused, pausedMessage, readPausedSites } from '../../utils/paused-sites';
import { sendRequest } from '../../utils/send-request';
import { pausedSites } from '../../utils/settings';
import { validatePageRequest } from '../../utils/validate-request';
// The highlight colours; the browser injects this sheet itself, so no page CSP can refuse it.
import './page-highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Read when the browser is idle, so extraction never competes with the page's own load.
    const readWhenIdle = () =>
      ctx.requestIdleCallback(() => void readThisPage(), { timeout: 3000 });
    readWhenIdle();
    // Sites that swap articles without a page load (history API) get each article read too;
    // the delay lets the new article render first. Highlights go with the article they were on.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearPageHighlights();
      ctx.setTimeout(readWhenIdle, 1500);
    });
    // The popup's "Highlight on the page": only this extension can message a content script,
    // and the request is validated all the same.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = validatePageRequest(message);
      if (typeof request === 'string') return undefined;
      return Promise.resolve(handlePageRequest(document, request));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

async function readThisPage(): Promise<void> {
  const url = location.href;
  // An extension updated or removed under the page has no storage left: read as unpaused,
  // and the send below fails quietly.
  const sites = readPausedSites(await pausedSites.getValue().catch(() => []));
  const paused = isPaused(url, sites);
  const result: ExtractionResult = paused
    ? { ok: false, reason: 'paused', message: pausedMessage(url), url }
    : isArticlePage(document)
      ? extractArticle(document, url)
      : {
          ok: false,
          reason: 'not-article',
          message: 'This page does not look like a news article.',
          url,
        };
  // The background may be restarting (MV3) or the extension updated: nothing to do then.
  await sendRequest('page-read', { result }).catch(() => undefined);
}
