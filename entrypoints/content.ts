import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractionResult } from '../utils/article';
import { extractArticle, isArticlePage } from '../utils/extract/index';
import { sendRequest } from '../utils/send-request';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Wait for an idle moment so reading the article never competes with the page's own load.
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(() => void readThisPage(), { timeout: 3000 });
  },
});

async function readThisPage(): Promise<void> {
  const url = location.href;
  const result: ExtractionResult = isArticlePage(document)
    ? extractArticle(document, url)
    : { ok: false, reason: 'not-article', message: 'This page does not look like a news article.', url };
  await sendRequest('page-read', { result }).catch(() => undefined);
}
