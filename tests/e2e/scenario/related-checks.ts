import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS, RELATED_BRIEF } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { SUBMIT, TYPE_TEXT } from './check-text-probe.ts';

const RELATED_URL = `document.querySelector('.check-text [data-related-url]')?.getAttribute('data-related-url') ?? null`;
const SHARED_COUNT = `document.querySelectorAll('.check-text [data-match-url]').length`;

/**
 * A brief retelling outlet-a's story in other words, checked on the saved page: no outlet
 * shares a passage with it, and outlet-a's article is named as the story it retells.
 */
export async function checkRelatedBrief(ctx: ScenarioContext, storyUrl: string): Promise<void> {
  const { harness, log } = ctx;
  await log.step(
    `${harness.name}: "Check a text" names outlet-a's story for a brief sharing no passage`,
    async () => {
      const { tab } = await openSavedPage(harness, [storyUrl]);
      await tab.evaluate(TYPE_TEXT(RELATED_BRIEF));
      let attempt = 0;
      const url = await waitFor('a related story in the report', async () => {
        if (attempt++ % 20 === 2) await tab.evaluate(SUBMIT);
        return tab.evaluate<string | null>(RELATED_URL);
      }).finally(() => tab.screenshot(join(ctx.artifactsDir, `${harness.name}-saved-related.png`)));
      if (url !== storyUrl) throw new Error(`related story is ${url}`);
      const shared = await tab.evaluate<number>(SHARED_COUNT);
      if (shared > 0) throw new Error(`${shared} outlets listed as sharing passages`);
      return url;
    },
    (url) => `data-related-url="${url}", no data-match-url`,
  );
}

const POPUP_RELATED_URL = `document.querySelector('[data-related-url]')?.getAttribute('data-related-url') ?? null`;

/**
 * A page brief (outlet-c's 127-word "In brief" retelling outlet-a's story, sharing no
 * passage) read in a tab: its popup lists no outlet and names outlet-a's article as the story
 * it possibly retells, computed when the page was read.
 */
export async function checkRelatedPage(ctx: ScenarioContext, storyUrl: string): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  await log.step(
    `${harness.name}: popup for outlet-c's brief names outlet-a's story and lists no outlet`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-c') + PATHS.brief);
      const view = await waitForPopupStatus(harness, viewer, tab.tabId, ['article'], 'storage');
      await viewer.screenshot(join(ctx.artifactsDir, `${harness.name}-popup-related.png`));
      if (view.matches.length)
        throw new Error(`lists ${view.matches.map((m) => m.url).join(', ')}`);
      const url = await viewer.evaluate<string | null>(POPUP_RELATED_URL);
      if (url !== storyUrl) throw new Error(`related story is ${url}`);
      return url;
    },
    (url) => `data-related-url="${url}", no data-match-url`,
  );
}
