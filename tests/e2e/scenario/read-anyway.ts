import { join } from 'node:path';
import { sleep, waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { CLICK_BUTTON, readPopup, waitForPopupStatus } from './popup-probe.ts';
import type { BrowserTab } from '../harness/browser-harness.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SHOWN = `({
  status: document.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
  title: document.querySelector('.article-header .title')?.textContent ?? null,
  offered: Boolean(document.querySelector('[data-read-anyway]')),
  words: document.querySelector('.article-text')?.textContent.split(/\\s+/).filter(Boolean).length ?? 0,
})`;
type Shown = { status: string | null; title: string | null; offered: boolean; words: number };

/** Clicks the popup's "Read it anyway" / "Read it again" and waits for it to show an article. */
async function readAgainIn(viewer: BrowserTab, what: string): Promise<Shown> {
  await waitFor(`the popup's button to read ${what} again`, () =>
    viewer.evaluate<true | null>(CLICK_BUTTON('[data-read-anyway]')),
  );
  return waitFor(`the popup to show ${what}`, async () => {
    const s = await viewer.evaluate<Shown>(SHOWN);
    return s.status === 'article' ? s : null;
  });
}

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
      const shown = await readAgainIn(viewer, 'the interview');
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

const ACCEPT_COOKIES = `(document.getElementById('accept').click(), true)`;
const CONTINUE_READING = `(document.getElementById('continue').click(), true)`;

/**
 * outlet-d's story behind a cookie notice holds too little text when first read; once the
 * reader accepts the notice, the page adds the story and Wiretrace reads it again by
 * itself: a popup opened afresh shows it, nothing clicked there.
 */
export async function checkLateText(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  await log.step(
    `${b}: a story a cookie notice held back is read by itself once the page adds it`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-d') + PATHS.consentWall);
      await waitForPopupStatus(harness, viewer, tab.tabId, ['too-short'], 'the consent wall');
      // The page starts being watched once the background has answered its first read,
      // around when the popup shows it: a moment's margin for that.
      await sleep(500);
      await tab.evaluate(ACCEPT_COOKIES);
      await waitForPopupStatus(harness, viewer, tab.tabId, ['article'], 'the story read again');
      const shown = await viewer.evaluate<Shown>(SHOWN);
      if (shown.title !== 'Night buses return to the delta villages')
        throw new Error(`title "${shown.title}"`);
      if (shown.words < 100) throw new Error(`${shown.words} words shown`);
      return shown;
    },
    (r) => `status "article", title "${r.title}", ${r.words} words`,
  );
}

/**
 * outlet-d's story behind "Continue reading" is in the page but hidden, so its first read
 * finds too little text and nothing is added when it shows; "Read it again" in the popup
 * reads the whole story.
 */
export async function checkReadAgain(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  await log.step(
    `${b}: "Read it again" reads a story shown by "Continue reading" after the page was read`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-d') + PATHS.continueReading);
      await waitForPopupStatus(harness, viewer, tab.tabId, ['too-short'], 'the short story');
      await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-too-short.png`));
      await tab.evaluate(CONTINUE_READING);
      const shown = await readAgainIn(viewer, 'the story');
      if (shown.title !== 'Ferry fares to rise by a fifth in May')
        throw new Error(`title "${shown.title}"`);
      if (shown.words < 100) throw new Error(`${shown.words} words shown`);
      return shown;
    },
    (r) => `status "article", title "${r.title}", ${r.words} words`,
  );
}

/**
 * outlet-c's story under a 4,000-comment thread holds more elements than Wiretrace reads by
 * itself (reading it would freeze the page): the popup says so and offers "Read it anyway",
 * which reads the story, without the comments.
 */
export async function checkTooLarge(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  await log.step(
    `${b}: a story under a 4,000-comment thread is not read unasked, and "Read it anyway" reads it`,
    async () => {
      const tab = await harness.openTab(server.origin('outlet-c') + PATHS.commentThread);
      await waitForPopupStatus(harness, viewer, tab.tabId, ['too-large'], 'the comment thread');
      const notice = await viewer.evaluate<string>(
        `document.querySelector('[role=status]')?.textContent ?? ''`,
      );
      if (!/very large \(32,\d{3} elements/.test(notice)) throw new Error(`notice "${notice}"`);
      await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-too-large.png`));
      const shown = await readAgainIn(viewer, 'the story');
      if (shown.title !== "Millbrook's new cycle lanes open, and 4,000 readers have a view")
        throw new Error(`title "${shown.title}"`);
      // Five paragraphs of about 45 words; a comment read as text would add thousands.
      if (shown.words < 180 || shown.words > 300) throw new Error(`${shown.words} words shown`);
      return { notice, ...shown };
    },
    (r) => `"${r.notice.slice(0, 60)}…", then status "article", ${r.words} words`,
  );
}
