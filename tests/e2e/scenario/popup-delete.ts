import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { CLICK_BUTTON, popupUrl } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SHOWN = `({
  status: document.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
  notice: document.querySelector('[data-notice="unsaved"] span')?.textContent ?? null,
  saveOffered: Boolean(document.querySelector('[data-notice="unsaved"] button')),
  deleteOffered: Boolean(document.querySelector('[data-delete-saved]')),
})`;
const LISTED = `[...document.querySelectorAll('[data-article-url]')].map((e) => e.getAttribute('data-article-url'))`;

/**
 * A stored article's popup says it is saved on the device and offers "Delete from saved
 * articles": clicked, the popup shows the article unsaved (with "Save this article" again)
 * and the saved page no longer lists it. Uses outlet-c's interview, stored by the check
 * before, so the scenario's other articles stay as they are.
 */
export async function checkDeleteFromPopup(ctx: ScenarioContext, tabId: number): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  const url = server.origin('outlet-c') + PATHS.interview;
  await log.step(
    `${b}: "Delete from saved articles" in the popup deletes the stored interview`,
    async () => {
      await viewer.goto(popupUrl(harness, tabId));
      await waitFor('"Delete from saved articles"', () =>
        viewer.evaluate<true | null>(CLICK_BUTTON('[data-delete-saved]')),
      );
      type Shown = { status: string; notice: string; saveOffered: boolean; deleteOffered: boolean };
      const shown = await waitFor('the popup to show the interview unsaved', async () => {
        const s = await viewer.evaluate<Shown>(SHOWN);
        return s.status === 'unsaved' ? s : null;
      });
      await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-deleted.png`));
      if (!shown.notice.startsWith('Deleted from your saved articles'))
        throw new Error(`notice "${shown.notice}"`);
      if (!shown.saveOffered || shown.deleteOffered)
        throw new Error(`save offered ${shown.saveOffered}, delete ${shown.deleteOffered}`);
      const saved = await harness.openTab(harness.extensionUrl('saved.html'));
      try {
        // The list's first answer is the one to judge: wait for the page to list anything.
        const listed = await waitFor('the saved list', async () => {
          const urls = await saved.evaluate<string[]>(LISTED);
          return urls.length ? urls : null;
        });
        if (listed.includes(url)) throw new Error('the saved page still lists the interview');
        return { notice: shown.notice, listed: listed.length };
      } finally {
        await saved.close();
      }
    },
    (r) => `status "unsaved", "${r.notice}"; saved page lists ${r.listed} articles, not it`,
  );
}
