import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_DIRS, REPO_ROOT, buildExtension } from './build-extension.ts';
import { launchChromium } from './harness/chromium-harness.ts';
import { installExitCleanup, onCleanup, runCleanups } from './harness/cleanup.ts';
import { popupUrl, readPopup, waitForPopupStatus } from './scenario/popup-probe.ts';
import { parseSeedText } from './seed/parse-seed-text.ts';
import { renderSeedPage, type SeedOutlet } from './seed/render-seed-page.ts';
import { startSiteServer, type PageResolver } from './server/site-server.ts';

/** The shared seeds live beside the repository; a fresh clone has none, so this check skips. */
const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');
const OUTLETS: Record<string, SeedOutlet> = {
  'seed-one': { name: 'Seed Outlet One', path: '/world/wire-story' },
  'seed-two': { name: 'Seed Outlet Two', path: '/news/wire-story' },
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

async function main(): Promise<number> {
  if (!existsSync(SEEDS_DIR)) {
    console.log(`seed-check: skipped, ${SEEDS_DIR} does not exist`);
    return 0;
  }
  if (!process.argv.includes('--no-build')) buildExtension('chromium');
  const server = await startSiteServer(await seedPages());
  onCleanup(
    () => server.close(),
    () => {},
  );
  const harness = await launchChromium(BUILD_DIRS.chromium);
  onCleanup(
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
  await viewer.goto(popupUrl(harness, secondTab));
  const view = await waitForPopupStatus(
    harness,
    viewer,
    secondTab,
    ['article'],
    'the second seed popup',
  );
  const screenshot = join(REPO_ROOT, 'tests', 'artifacts', 'seed-popup.png');
  await viewer.screenshot(screenshot);
  const cut = view.matches.find((m) => m.url === urls[0])?.percent ?? null;
  console.log(
    `seed-check: popup for ${urls[1]} lists ${view.matches.length} match(es): ${view.matches.map((m) => `${m.url} ${m.percent}%`).join('; ') || 'none'}`,
  );
  console.log(
    `seed-check: cut % of the second seed against the first: ${cut ?? 'not listed'}; highlighted passages: ${view.marks.length}`,
  );
  console.log(`seed-check: screenshot ${screenshot}`);
  const passed = cut !== null && cut >= MIN_CUT_PERCENT;
  console.log(
    `seed-check: ${passed ? 'PASS' : 'FAIL'} (acceptance wants cut % ≥ ${MIN_CUT_PERCENT})`,
  );
  return passed ? 0 : 1;
}

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
