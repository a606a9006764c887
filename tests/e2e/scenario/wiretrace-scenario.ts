import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserHarness, BrowserTab } from '../harness/browser-harness.ts';
import { waitFor } from '../harness/wait-for.ts';
import type { SiteServer } from '../server/site-server.ts';
import type { CheckLog } from './check-log.ts';
import {
  checkBadge,
  checkHomePage,
  checkSavedPage,
  checkTooLong,
  checkUnrelatedArticle,
} from './page-checks.ts';
import { checkRelatedBrief, checkRelatedPage } from './related-checks.ts';
import { checkDarkScheme } from './dark-scheme.ts';
import { checkAccessibility } from './accessibility.ts';
import { checkPauseSite } from './pause-site.ts';
import { checkDeleteFound } from './delete-found.ts';
import { checkImportFile } from './import-file.ts';
import { checkKeepPeriod } from './keep-period.ts';
import { checkSharedOrder } from './saved-order.ts';
import { checkSideBySide } from './side-by-side.ts';
import { checkUnsavedSideBySide } from './unsaved-compare.ts';
import { checkShowOnPage } from './show-on-page.ts';
import { checkPastedSideBySide, checkPastedTooLong } from './pasted-compare.ts';
import { checkLateText, checkReadAgain, checkReadAnyway, checkTooLarge } from './read-anyway.ts';
import { checkRightToLeft } from './right-to-left.ts';
import { checkDeleteFromPopup } from './popup-delete.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { CUT_TOLERANCE, EXPECTED_CUT_PERCENT, PATHS, POPUP_BUDGET_MS } from './expected.ts';
import { checkHighlights } from './check-highlights.ts';
import { popupUrl, readPopup, waitForPopupStatus, type PopupView } from './popup-probe.ts';
import { median, timePopupOpens } from './time-popup.ts';

const SCROLL_TO_MARKS = `(() => {
  const marks = document.querySelectorAll('mark[data-shared]');
  marks[Math.floor(marks.length / 2)]?.scrollIntoView({ block: 'center' });
  return marks.length;
})()`;

/** What runScenario needs from its caller. */
export interface ScenarioSetup {
  harness: BrowserHarness;
  server: SiteServer;
  log: CheckLog;
  artifactsDir: string;
}

/**
 * The core product loop in one browser: read outlet-a's wire story, then outlet-b's copy
 * of it; outlet-b's popup must list outlet-a with the right cut % and highlight the shared
 * passages, and its badge count one outlet; an unrelated story lists nothing; a home page
 * is "not an article"; outlet-a read again lists outlet-b's copy as published after it; the
 * saved page lists the stored articles, and names outlet-a's story for a brief retelling it,
 * pasted there or read as a page.
 */
export async function runScenario(setup: ScenarioSetup): Promise<void> {
  const { harness, server, log } = setup;
  const b = harness.name;
  const firstUrl = server.origin('outlet-a') + PATHS.first;
  const viewer = await harness.openTab(popupUrl(harness, -1), {
    viewport: { width: 440, height: 720 },
  });
  const ctx: ScenarioContext = { ...setup, viewer };

  const readA = await log.step(`${b}: outlet-a's article is read and stored`, () =>
    readAndWait(ctx, viewer, firstUrl),
  );
  if (!readA) return;
  const readB = await log.step(`${b}: outlet-b's copy is read and stored`, () =>
    readAndWait(ctx, viewer, server.origin('outlet-b') + PATHS.second),
  );
  if (!readB) return;
  await checkPopup(ctx, readB.tabId, firstUrl);
  await checkBadge(
    ctx,
    readB.tabId,
    '1',
    'Wiretrace: 1 other outlet shares text with this article',
  );
  await checkShowOnPage(ctx, readB);
  await checkUnrelatedArticle(ctx);
  await checkHomePage(ctx);
  await checkTooLong(ctx);
  await checkRevisit(ctx, readA, firstUrl, server.origin('outlet-b') + PATHS.secondCanonical);
  const compareHref = await checkSideBySide(ctx, readB.tabId);
  await checkUnsavedSideBySide(ctx);
  const stored = [PATHS.first, PATHS.secondCanonical, PATHS.other];
  const sites = ['outlet-a', 'outlet-b', 'outlet-c'];
  await checkSavedPage(
    ctx,
    stored.map((path, i) => server.origin(sites[i]!) + path),
  );
  // Outlet-b's copy and outlet-a's story share text (newest first between them), outlet-c's
  // story nothing.
  await checkSharedOrder(
    ctx,
    [1, 0, 2].map((i) => server.origin(sites[i]!) + stored[i]!),
  );
  await checkRelatedBrief(ctx, firstUrl);
  await checkPastedSideBySide(ctx, firstUrl);
  await checkPastedTooLong(ctx, firstUrl);
  await checkRelatedPage(ctx, firstUrl);
  await checkDarkScheme(ctx, readB.tabId, compareHref);
  await checkAccessibility(ctx, readB.tabId, compareHref);
  await checkPauseSite(ctx);
  await checkDeleteFound(ctx);
  await checkImportFile(ctx);
  await checkKeepPeriod(ctx);
  const interview = await checkReadAnyway(ctx);
  if (interview !== null) await checkDeleteFromPopup(ctx, interview);
  await checkLateText(ctx);
  await checkReadAgain(ctx);
  await checkTooLarge(ctx);
  await checkRightToLeft(ctx);
}

async function readAndWait(
  ctx: ScenarioContext,
  viewer: BrowserTab,
  url: string,
): Promise<BrowserTab> {
  const tab = await ctx.harness.openTab(url);
  await waitForPopupStatus(ctx.harness, viewer, tab.tabId, ['article'], `${url} to be stored`);
  return tab;
}

async function checkPopup(ctx: ScenarioContext, tabId: number, firstUrl: string): Promise<void> {
  const { harness, log } = ctx;
  const b = harness.name;
  const opens = await log.step(
    `${b}: popup for outlet-b's tab shows a result`,
    () => timePopupOpens(harness, tabId),
    (t) => `data-status="${t.last.status}"; navigation start → result: ${t.pageMs.join(', ')} ms`,
  );
  if (!opens) return;
  const own = median(opens.ownMs);
  log.measure(
    `${b}: popup result after its document was parsed (goal ≤ ${POPUP_BUDGET_MS} ms)`,
    `median ${own} ms (${opens.ownMs.join(', ')} ms over ${opens.ownMs.length} opens; ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  const view = await readPopup(opens.last.tab);
  await opens.last.tab.screenshot(join(ctx.artifactsDir, `${b}-popup.png`));
  // The popup scrolls inside a fixed height: a second picture shows the highlighted text.
  await opens.last.tab.evaluate(SCROLL_TO_MARKS);
  await opens.last.tab.screenshot(join(ctx.artifactsDir, `${b}-popup-passages.png`));
  const match = view.matches.find((m) => m.url === firstUrl);
  const listed = view.matches.map((m) => `${m.url} ${m.percent}%`).join('; ') || 'none';
  log.record(
    `${b}: popup lists outlet-a's article with cut % ${EXPECTED_CUT_PERCENT} ± ${CUT_TOLERANCE}`,
    match !== undefined && Math.abs(match.percent - EXPECTED_CUT_PERCENT) <= CUT_TOLERANCE,
    `status "${view.status}"; listed: ${listed}`,
  );
  for (const check of checkHighlights(view.marks))
    log.record(`${b}: ${check.name}`, check.passed, check.detail);
}

/**
 * Reading outlet-a's article again, once outlet-b's copy is stored: the popup lists that
 * copy, published hours later, after any possible source and marked as published after.
 */
async function checkRevisit(
  ctx: ScenarioContext,
  tab: BrowserTab,
  firstUrl: string,
  laterUrl: string,
): Promise<void> {
  const { harness, log, viewer } = ctx;
  const b = harness.name;
  const listed = await log.step(
    `${b}: revisiting outlet-a's article lists outlet-b's later copy`,
    async () => {
      await tab.goto(firstUrl);
      return waitFor(`outlet-a's popup to list ${laterUrl}`, async () => {
        const view: PopupView = await waitForPopupStatus(
          harness,
          viewer,
          tab.tabId,
          ['article'],
          `${firstUrl} to be read again`,
        );
        const match = view.matches.find((m) => m.url === laterUrl);
        if (!match)
          throw new Error(`listed: ${view.matches.map((m) => m.url).join(', ') || 'none'}`);
        return match;
      });
    },
    (m) => `${m.url} ${m.percent}%`,
  );
  if (!listed) return;
  await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-revisit.png`));
  log.record(
    `${b}: the later copy is marked "published after this one"`,
    listed.later,
    `data-later ${listed.later ? 'set' : 'missing'}`,
  );
}
