import { join } from 'node:path';
import { BUILD_DIRS, REPO_ROOT, buildExtension } from '../e2e/build-extension.ts';
import type { BrowserHarness, BrowserTab } from '../e2e/harness/browser-harness.ts';
import { launchChromium } from '../e2e/harness/chromium-harness.ts';
import { installExitCleanup, onCleanup, runCleanups } from '../e2e/harness/cleanup.ts';
import { PATHS } from '../e2e/scenario/expected.ts';
import { popupUrl, waitForPopupStatus, type PopupView } from '../e2e/scenario/popup-probe.ts';
import { fixtureSites } from '../e2e/server/fixture-sites.ts';
import { startSiteServer, type SiteServer } from '../e2e/server/site-server.ts';

const SCREENSHOT = join(REPO_ROOT, 'tests', 'artifacts', 'demo-popup.png');

/** Reads the three sample articles in the order a reader might: the wire story last. */
async function readSampleArticles(
  harness: BrowserHarness,
  server: SiteServer,
  viewer: BrowserTab,
): Promise<number> {
  const visits = [
    server.origin('outlet-a') + PATHS.first,
    server.origin('outlet-c') + PATHS.other,
    server.origin('outlet-b') + PATHS.second,
  ];
  let lastTab = -1;
  for (const url of visits) {
    const tab = await harness.openTab(url);
    await waitForPopupStatus(
      harness,
      viewer,
      tab.tabId,
      ['article', 'unsaved'],
      `${url} to be read`,
    );
    console.log(`read ${url} (tab ${tab.tabId})`);
    lastTab = tab.tabId;
  }
  return lastTab;
}

function describe(view: PopupView, text: string): string {
  const matches = view.matches
    .map((m) => `  ${m.url}: ${m.percent}% of this article shared`)
    .join('\n');
  return [
    `popup status: ${view.status}`,
    matches ? `other outlets sharing text:\n${matches}` : 'no other outlet shares text',
    `highlighted passages: ${view.marks.length}`,
    '--- popup text (start) ---',
    text.split('\n').filter(Boolean).slice(0, 14).join('\n'),
  ].join('\n');
}

async function main(): Promise<void> {
  let headed = Boolean(process.env.DISPLAY);
  buildExtension('chromium');
  const server = await startSiteServer(fixtureSites());
  onCleanup(
    () => server.close(),
    () => {},
  );
  console.log(
    `sample sites: ${['outlet-a', 'outlet-b', 'outlet-c'].map((s) => server.origin(s)).join(', ')}`,
  );
  const harness = await launchChromium(BUILD_DIRS.chromium, headed).catch((error: unknown) => {
    if (!headed) throw error;
    console.log(
      `cannot open a window on DISPLAY=${process.env.DISPLAY} (${String(error).split('\n')[0]}); running headless`,
    );
    headed = false;
    return launchChromium(BUILD_DIRS.chromium, false);
  });
  onCleanup(
    () => harness.close(),
    () => {},
  );
  const viewer = await harness.openTab(popupUrl(harness, -1), {
    viewport: { width: 440, height: 720 },
  });
  const secondTab = await readSampleArticles(harness, server, viewer);
  await viewer.goto(popupUrl(harness, secondTab));
  const view = await waitForPopupStatus(
    harness,
    viewer,
    secondTab,
    ['article', 'unsaved'],
    'the popup',
  );
  console.log(describe(view, await viewer.evaluate<string>('document.body.innerText')));
  await viewer.screenshot(SCREENSHOT);
  console.log(`screenshot of the popup for outlet-b: ${SCREENSHOT}`);
  if (headed) {
    await viewer.focus();
    console.log(
      'Chromium stays open: the first tab shows the popup for outlet-b; the Wiretrace toolbar icon (extensions menu) shows it for any tab. Ctrl-C to quit.',
    );
    await new Promise(() => {});
  }
  await runCleanups();
}

installExitCleanup();
main().catch(async (error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  await runCleanups();
  process.exit(1);
});
