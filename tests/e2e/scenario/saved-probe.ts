import type { BrowserHarness, BrowserTab } from '../harness/browser-harness.ts';
import { sleep, waitFor } from '../harness/wait-for.ts';

const LISTED_URLS = `[...document.querySelectorAll('[data-article-url]')].map((e) => e.getAttribute('data-article-url'))`;

/**
 * Opens the saved-article page and waits until every URL in `urls` has a row
 * (`data-article-url`), reloading now and then in case the list was read before a save.
 * Returns the tab and all listed URLs.
 */
export async function openSavedPage(
  harness: BrowserHarness,
  urls: string[],
): Promise<{ tab: BrowserTab; listed: string[] }> {
  const tab = await harness.openTab(harness.extensionUrl('saved.html'), {
    viewport: { width: 1000, height: 760 },
  });
  let attempt = 0;
  const listed = await waitFor(`saved.html to list ${urls.join(' and ')}`, async () => {
    if (++attempt % 20 === 0) await tab.goto(harness.extensionUrl('saved.html'));
    const found = await tab.evaluate<string[]>(LISTED_URLS);
    if (urls.every((url) => found.includes(url))) return found;
    await sleep(50);
    throw new Error(`listed so far: ${found.join(', ') || 'none'}`);
  });
  return { tab, listed };
}
