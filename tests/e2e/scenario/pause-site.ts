import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const CLICK = (selector: string) =>
  `(document.querySelector(${JSON.stringify(selector)})?.click(), !!document.querySelector(${JSON.stringify(selector)}))`;
const PAUSED_SITE = `document.querySelector('[data-paused-site]')?.getAttribute('data-paused-site') ?? null`;
const CAN_PAUSE = `!!document.querySelector('[data-pause]')`;
const PAUSED_LIST = `(() => {
  const items = [...document.querySelectorAll('[data-paused-list] [data-paused-site]')];
  return items.length ? items.map((e) => e.getAttribute('data-paused-site')) : null;
})()`;

/**
 * "Pause on this site" from outlet-c's popup: outlet-c's page read again says "paused" (not
 * read, not saved) and the saved page lists the site; "Resume" lifts it, and the next read
 * stores again.
 */
export async function checkPauseSite(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const url = server.origin('outlet-c') + PATHS.other;
  const site = new URL(url).hostname;
  const readIn = async (wanted: string) => {
    const tab = await harness.openTab(url);
    return waitForPopupStatus(harness, viewer, tab.tabId, [wanted], `outlet-c ${wanted}`);
  };
  await log.step(
    `${harness.name}: "Pause on this site" stops reading outlet-c; "Resume" reads it again`,
    async () => {
      await readIn('article');
      if (!(await viewer.evaluate<boolean>(CLICK('[data-pause]'))))
        throw new Error('no "Pause on this site" button');
      const paused = await waitFor('the bar to say paused', () =>
        viewer.evaluate<string | null>(PAUSED_SITE),
      );
      if (paused !== site) throw new Error(`paused on "${paused}", not ${site}`);
      await readIn('paused');
      await viewer.screenshot(join(ctx.artifactsDir, `${harness.name}-popup-paused.png`));
      const saved = await harness.openTab(harness.extensionUrl('saved.html'));
      const listed = await waitFor('saved.html to list the paused site', () =>
        saved.evaluate<string[] | null>(PAUSED_LIST),
      );
      await saved.evaluate(`(document.querySelector('[data-paused-list]').open = true)`);
      await saved.screenshot(join(ctx.artifactsDir, `${harness.name}-saved-paused.png`));
      await saved.close();
      if (listed.join() !== site) throw new Error(`saved.html lists paused sites ${listed.join()}`);
      await viewer.evaluate(CLICK('[data-resume]'));
      await waitFor('the bar to offer pausing again', async () =>
        (await viewer.evaluate<boolean>(CAN_PAUSE)) ? true : null,
      );
      await readIn('article');
      return paused;
    },
    (paused) => `paused on ${paused}: status "paused"; resumed: status "article"`,
  );
}
