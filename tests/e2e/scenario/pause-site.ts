import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const CLICK = (selector: string) =>
  `(document.querySelector(${JSON.stringify(selector)})?.click(), !!document.querySelector(${JSON.stringify(selector)}))`;
const PAUSED_SITE = `document.querySelector('[data-paused-site]')?.getAttribute('data-paused-site') ?? null`;
const CAN_PAUSE = `!!document.querySelector('[data-pause]')`;

/**
 * "Pause on this site" from outlet-c's popup: outlet-c's page read again says "paused" (not
 * read, not saved) and names the site; "Resume" lifts it, and the next read stores again.
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
