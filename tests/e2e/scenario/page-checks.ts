import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SETTLED = [
  'article',
  'unsaved',
  'not-article',
  'too-short',
  'too-long',
  'too-large',
  'error',
];

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

/**
 * A live page with more updates than Wiretrace compares is not stored and not dropped in
 * silence: its popup says "too long" and why.
 */
export async function checkTooLong(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  await log.step(
    `${harness.name}: popup for a 5,200-update live page says it holds more than Wiretrace compares`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-c') + PATHS.liveBlog);
      const view = await waitForPopupStatus(harness, viewer, tab.tabId, SETTLED, 'a verdict');
      await viewer.screenshot(join(ctx.artifactsDir, `${harness.name}-popup-too-long.png`));
      if (view.status !== 'too-long') throw new Error(`data-status is "${view.status}"`);
      const notice = await viewer.evaluate<string>(
        `document.querySelector('[role=status]')?.textContent ?? ''`,
      );
      if (!notice.includes('5,200 paragraphs')) throw new Error(`notice "${notice}"`);
      return notice;
    },
    (notice) => `data-status="too-long": "${notice}"`,
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
  expectedTitle: string,
): Promise<void> {
  const { harness, log } = ctx;
  const api = `(globalThis.browser ?? globalThis.chrome)`;
  const action = `(${api}.action ?? ${api}.browserAction)`;
  const read = `Promise.all([${action}.getBadgeText({ tabId: ${tabId} }), ${action}.getTitle({ tabId: ${tabId} })])`;
  let last: [string, string] = ['', ''];
  await log.step(
    `${harness.name}: toolbar badge on outlet-b's tab reads "${expected}", its tooltip says what it counts`,
    () =>
      waitFor(
        `the badge text "${expected}" and title "${expectedTitle}" (last ${JSON.stringify(last)})`,
        async () => {
          last = await harness.evaluateInExtension<[string, string]>(read);
          return last[0] === expected && last[1] === expectedTitle ? last : null;
        },
        5000,
      ),
    ([text, title]) => `badge "${text}", tooltip "${title}"`,
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
