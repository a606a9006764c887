import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS, RELATED_BRIEF } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SETTLED = ['article', 'unsaved', 'not-article', 'too-short', 'error'];

/** The outlet-a home page (a list of headlines) must be judged "not an article". */
export async function checkHomePage(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  await log.step(
    `${harness.name}: popup for the outlet-a home page says "not an article"`,
    async () => {
      const home = await harness.openTab(server.origin('outlet-a') + PATHS.home);
      const view = await waitForPopupStatus(harness, viewer, home.tabId, SETTLED, 'a verdict');
      await viewer.screenshot(join(ctx.artifactsDir, `${harness.name}-popup-home.png`));
      if (view.status !== 'not-article') throw new Error(`data-status is "${view.status}"`);
      return view.status;
    },
    (status) => `data-status="${status}"`,
  );
}

/** An unrelated story (outlet-c) is stored but must list no other outlet. */
export async function checkUnrelatedArticle(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  await log.step(
    `${harness.name}: an unrelated article (outlet-c) lists no other outlet`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-c') + PATHS.other);
      const view = await waitForPopupStatus(harness, viewer, tab.tabId, ['article'], 'storage');
      if (view.matches.length)
        throw new Error(`lists ${view.matches.map((m) => m.url).join(', ')}`);
      return view.marks.length;
    },
    (marks) => `no data-match-url, ${marks} marks`,
  );
}

/** The toolbar badge of a tab must count the other outlets sharing its text. */
export async function checkBadge(
  ctx: ScenarioContext,
  tabId: number,
  expected: string,
): Promise<void> {
  const { harness, log } = ctx;
  const api = `(globalThis.browser ?? globalThis.chrome)`;
  const read = `(${api}.action ?? ${api}.browserAction).getBadgeText({ tabId: ${tabId} })`;
  let last = '';
  await log.step(
    `${harness.name}: toolbar badge on outlet-b's tab reads "${expected}"`,
    () =>
      waitFor(
        `the badge text "${expected}" (last "${last}")`,
        async () => {
          last = await harness.evaluateInExtension<string>(read);
          return last === expected ? last : null;
        },
        5000,
      ),
    (text) => `badge "${text}"`,
  );
}

/** saved.html must list every stored article by canonical URL. */
export async function checkSavedPage(ctx: ScenarioContext, urls: string[]): Promise<void> {
  const { harness, log } = ctx;
  await log.step(
    `${harness.name}: saved.html lists all ${urls.length} stored articles`,
    async () => {
      const saved = await openSavedPage(harness, urls);
      await saved.tab.screenshot(join(ctx.artifactsDir, `${harness.name}-saved.png`));
      return saved.listed;
    },
    (listed) => `${listed.length} rows: ${listed.join(', ')}`,
  );
}

// Types a text into the saved page's "Check a text" form as a reader would: an input event,
// which Preact listens to. Submitted once Preact has rendered the typed text, and again every
// second until a report shows (a submit before that render checks an empty text).
const TYPE_TEXT = (text: string) => `(() => {
  const details = document.querySelector('details.check-text');
  details.open = true;
  const box = details.querySelector('textarea');
  box.value = ${JSON.stringify(text)};
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;
const SUBMIT = `(document.querySelector('details.check-text form').requestSubmit(), true)`;
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
