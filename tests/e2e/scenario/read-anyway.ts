import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { CLICK_BUTTON, readPopup, waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SHOWN = `({
  status: document.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
  title: document.querySelector('.article-header .title')?.textContent ?? null,
  offered: Boolean(document.querySelector('[data-read-anyway]')),
})`;

/**
 * outlet-c's interview, in short paragraphs and with no article metadata, is refused by the
 * article test: its popup says "Not an article" and offers "Read it anyway", which has the
 * page read as an article and the popup show it. Run last: the interview is then stored.
 * Returns the interview's tab, or null when the check failed.
 */
export async function checkReadAnyway(ctx: ScenarioContext): Promise<number | null> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  const read = await log.step(
    `${b}: "Read it anyway" in the popup reads an interview the article test refused`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-c') + PATHS.interview);
      await waitForPopupStatus(harness, viewer, tab.tabId, ['not-article'], 'the interview');
      await waitFor('"Read it anyway"', () =>
        viewer.evaluate<true | null>(CLICK_BUTTON('[data-read-anyway]')),
      );
      type Shown = { status: string | null; title: string | null; offered: boolean };
      const shown = await waitFor('the popup to show the interview', async () => {
        const s = await viewer.evaluate<Shown>(SHOWN);
        return s.status === 'article' ? s : null;
      });
      await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-read-anyway.png`));
      if (shown.title !== "Five questions for the valley's last river pilot")
        throw new Error(`title "${shown.title}"`);
      if (shown.offered) throw new Error('"Read it anyway" is still offered');
      // The background keeps the result for the tab: a popup opened afresh shows it too.
      const again = await waitForPopupStatus(harness, viewer, tab.tabId, ['article'], 'again');
      const view = await readPopup(viewer);
      return {
        tabId: tab.tabId,
        title: shown.title,
        matches: view.matches.length,
        status: again.status,
      };
    },
    (r) => `status "article", title "${r.title}", ${r.matches} outlets; reopened: "${r.status}"`,
  );
  return read?.tabId ?? null;
}
