import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_DIRS, REPO_ROOT, buildExtension } from './build-extension.ts';
import type { BrowserHarness, BrowserTab } from './harness/browser-harness.ts';
import { launchChromium } from './harness/chromium-harness.ts';
import { rerunWithWebSocket } from './harness/ensure-websocket.ts';
import { launchFirefox } from './harness/firefox-harness.ts';
import { installExitCleanup, onCleanup, runCleanups } from './harness/cleanup.ts';
import { waitFor } from './harness/wait-for.ts';
import { popupUrl, waitForPopupStatus } from './scenario/popup-probe.ts';
import { parseSeedText } from './seed/parse-seed-text.ts';
import { renderSeedPage, type SeedOutlet } from './seed/render-seed-page.ts';
import { startSiteServer, type PageResolver, type SiteServer } from './server/site-server.ts';

/** The shared seeds live beside the repository; a fresh clone has none, so this check skips. */
const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');
const OUTLETS: Record<string, SeedOutlet> = {
  'seed-one': { name: 'Seed Outlet One', path: '/world/wire-story' },
  'seed-two': { name: 'Seed Outlet Two', path: '/news/wire-story' },
};
type Browser = keyof typeof BUILD_DIRS;
const LAUNCH: Record<Browser, () => Promise<BrowserHarness>> = {
  chromium: () => launchChromium(BUILD_DIRS.chromium),
  firefox: () => launchFirefox(BUILD_DIRS.firefox),
};
/** Acceptance: the second seed's popup lists the first with at least this cut %. */
const MIN_CUT_PERCENT = 80;

/** Reads the first two seed texts and renders them as pages, at run time, never copied. */
async function seedPages(): Promise<PageResolver> {
  const files = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  if (files.length < 2)
    throw new Error(`need two .txt files in ${SEEDS_DIR}, found ${files.length}`);
  const pages = new Map<string, string>();
  for (const [i, site] of Object.keys(OUTLETS).entries()) {
    const story = parseSeedText(await readFile(join(SEEDS_DIR, files[i]!), 'utf8'));
    pages.set(site, renderSeedPage(story, OUTLETS[site]!));
  }
  return async (site, path) => {
    const body = pages.get(site);
    return body && path === OUTLETS[site]!.path
      ? { body, contentType: 'text/html; charset=utf-8' }
      : null;
  };
}

/** Reads both seed pages in one browser and returns whether the second's cut % passes. */
async function checkInBrowser(browser: Browser, server: SiteServer): Promise<boolean> {
  const harness = await LAUNCH[browser]();
  const unregister = onCleanup(
    () => harness.close(),
    () => {},
  );
  const viewer = await harness.openTab(popupUrl(harness, -1), {
    viewport: { width: 440, height: 720 },
  });
  const urls = Object.entries(OUTLETS).map(([site, outlet]) => server.origin(site) + outlet.path);
  let secondTab = -1;
  for (const url of urls) {
    secondTab = (await harness.openTab(url)).tabId;
    await waitForPopupStatus(harness, viewer, secondTab, ['article'], `${url} to be stored`);
  }
  const view = await waitForPopupStatus(harness, viewer, secondTab, ['article'], 'the popup');
  const screenshot = join(REPO_ROOT, 'tests', 'artifacts', `seed-popup-${browser}.png`);
  await viewer.screenshot(screenshot);
  const compared = await screenshotSideBySide(harness, viewer, browser);
  await harness.close();
  unregister();
  const cut = view.matches.find((m) => m.url === urls[0])?.percent ?? null;
  const listed = view.matches.map((m) => `${m.url} ${m.percent}%`).join('; ') || 'none';
  const passed = cut !== null && cut >= MIN_CUT_PERCENT;
  console.log(`seed-check (${browser}): popup for ${urls[1]} lists: ${listed}`);
  console.log(
    `seed-check (${browser}): ${passed ? 'PASS' : 'FAIL'} cut % ${cut ?? 'not listed'} ` +
      `(acceptance ≥ ${MIN_CUT_PERCENT}), ${view.marks.length} highlighted passages, screenshot ${screenshot}`,
  );
  console.log(`seed-check (${browser}): side by side ${compared}`);
  return passed;
}

const COMPARE_HREF = `document.querySelector('a[data-compare-link]')?.getAttribute('href') ?? null`;
const COMPARE_MARKS = `(() => document.querySelector('[data-compare]') && ['left', 'right'].map(
  (side) => document.querySelectorAll('[data-side="' + side + '"] mark[data-shared]').length))()`;

/** Opens the popup's "Side by side" link and saves a picture of the two seeds in columns. */
async function screenshotSideBySide(
  harness: BrowserHarness,
  viewer: BrowserTab,
  browser: Browser,
): Promise<string> {
  const href = await viewer.evaluate<string | null>(COMPARE_HREF);
  if (!href) return 'link missing';
  const tab = await harness.openTab(harness.extensionUrl(href.slice(1)), {
    viewport: { width: 1280, height: 900 },
  });
  const marks = await waitFor('the side-by-side view', () =>
    tab.evaluate<[number, number] | null>(COMPARE_MARKS),
  );
  const file = join(REPO_ROOT, 'tests', 'artifacts', `seed-compare-${browser}.png`);
  await tab.screenshot(file);
  return `${href}: ${marks[0]} marks left, ${marks[1]} right, screenshot ${file}`;
}

async function main(): Promise<number> {
  if (!existsSync(SEEDS_DIR)) {
    console.log(`seed-check: skipped, ${SEEDS_DIR} does not exist`);
    return 0;
  }
  const browsers: Browser[] = process.argv.includes('--firefox')
    ? ['chromium', 'firefox']
    : ['chromium'];
  if (!process.argv.includes('--no-build')) browsers.forEach(buildExtension);
  const server = await startSiteServer(await seedPages());
  onCleanup(
    () => server.close(),
    () => {},
  );
  let passed = true;
  for (const browser of browsers) passed = (await checkInBrowser(browser, server)) && passed;
  return passed ? 0 : 1;
}

if (!rerunWithWebSocket()) {
  installExitCleanup();
  main().then(
    async (code) => {
      await runCleanups();
      process.exit(code);
    },
    async (error: unknown) => {
      console.error('seed-check failed:', error instanceof Error ? error.message : error);
      await runCleanups();
      process.exit(1);
    },
  );
}
