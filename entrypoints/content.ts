import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractionResult } from '../utils/article';
import { extractArticle, isArticlePage } from '../utils/extract/index';
import { isPaused, pausedMessage, readPausedSites } from '../utils/paused-sites';
import { sendRequest } from '../utils/send-request';
import { pausedSites } from '../utils/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Read when the browser is idle, so extraction never competes with the page's own load.
    const readWhenIdle = () =>
      ctx.requestIdleCallback(() => void readThisPage(), { timeout: 3000 });
    readWhenIdle();
    // Sites that swap articles without a page load (history API) get each article read too;
    // the delay lets the new article render first.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(readWhenIdle, 1500));
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
