/**
 * `npx tsx tests/cli/pages-extension-timing.ts [--pages <dir>] [--no-build | --extension <dir>]
 *   [--save-traces <dir>]`
 * The content script's main-thread cost as a reader pays it: the production Chrome build
 * loaded into Debian's Chromium (headless), each <dir>/<slug>/source.html (default
 * ../shared/pages) served over HTTP from a site of its own, so each page loads in a new
 * renderer process with nothing compiled (a site's first page). A trace of the load, until
 * the background holds the page's result, gives the tasks the content script ran in
 * (content-script-trace.ts): injection (compiling and running the script), reading the page
 * when the browser is idle, handing the result over. Prints per page and median / p90 / max.
 *
 * pages-browser-timing.ts times the extraction code alone in a page; this is the whole script
 * in the whole browser: storage read, messaging and the script's own start-up included.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { ensureBuild } from '../bench/ensure-build.ts';
import { launchExtensionContext } from '../e2e/harness/chromium-harness.ts';
import { waitFor } from '../e2e/harness/wait-for.ts';
import { startSiteServer } from '../e2e/server/site-server.ts';
import { pageSlugs, pagesRun, spread } from './browser-runners.ts';
import {
  contentScriptCost,
  type ContentScriptCost,
  type TraceEvent,
} from './content-script-trace.ts';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  // JavaScript samples: what tells which microtask checkpoints ran the script. Their cost,
  // measured on the injection task with and without them, is within run-to-run spread.
  'disabled-by-default-v8.cpu_profiler',
];
const SCRIPT = '/content-scripts/content.js';
const NO_PAGE_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;

const args = process.argv.slice(2);
/** `--save-traces <dir>`: each page's trace as JSON, to open in DevTools' Performance panel. */
const saveTo = args.includes('--save-traces')
  ? resolve(args[args.indexOf('--save-traces') + 1] ?? '.')
  : null;
const { pagesDir } = pagesRun(args);
const slugs = existsSync(pagesDir) ? pageSlugs(pagesDir) : [];
/** A host label per page: its own site, so its own renderer process. */
const siteOf = (slug: string) => `p-${slug.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;

/** Loads one page with tracing on; resolves when the background holds the page's result. */
async function tracePage(
  context: BrowserContext,
  worker: Worker,
  url: string,
): Promise<TraceEvent[]> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReportEvents',
    });
    // The background keeps each tab's result in session storage, under a key per tab, once
    // the page is read: a key not there before the load is this page's.
    const resultKeys = () =>
      worker.evaluate<string[]>('chrome.storage.session.get(null).then((all) => Object.keys(all))');
    const before = new Set(await resultKeys());
    // Not 'load': offline, some pages' images and fonts never finish.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitFor(
      `the extension to read ${url}`,
      async () => (await resultKeys()).some((key) => !before.has(key)),
      20_000,
      200,
    );
    // The content script's last task (the reply to its message) follows the write closely.
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  if (!slugs.length) return console.log(`no pages at ${pagesDir}; nothing to do`);
  const given = args.indexOf('--extension');
  const extensionDir =
    given >= 0
      ? resolve(args[given + 1] ?? '')
      : ensureBuild('chromium', !args.includes('--no-build'));
  const server = await startSiteServer(async (site) => {
    const slug = slugs.find((s) => siteOf(s) === site);
    if (!slug) return null;
    // The page's own scripts are kept from running (a content script is exempt from the page's
    // policy), so that their work, offline and failing, neither blurs nor shares our tasks.
    // After the doctype, if any: before it, the page would parse in quirks mode.
    const body = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8').replace(
      /^(\s*<!doctype[^>]*>)?/i,
      (doctype) => doctype + NO_PAGE_SCRIPTS,
    );
    return { body, contentType: 'text/html; charset=utf-8' };
  });
  const { context, worker, close } = await launchExtensionContext(extensionDir);
  try {
    console.log(`Chromium, the built extension, pages in ${pagesDir}`);
    const costs: ContentScriptCost[] = [];
    for (const slug of slugs) {
      const events = await tracePage(context, worker, `${server.origin(siteOf(slug))}/article`);
      if (saveTo) writeFileSync(join(saveTo, `${slug}.trace.json`), JSON.stringify(events));
      const cost = contentScriptCost(events, SCRIPT);
      if (!cost) {
        console.log(`${slug.padEnd(22)} no content script in the trace`);
        continue;
      }
      costs.push(cost);
      console.log(
        `${slug.padEnd(22)} total ${cost.wallMs.toFixed(1).padStart(6)} ms (cpu ${cost.cpuMs.toFixed(1).padStart(6)})  injection ${cost.injectMs.toFixed(1).padStart(5)} ms (compile ${cost.compileMs.toFixed(1)})  ${cost.tasks} tasks`,
      );
    }
    for (const key of ['wallMs', 'cpuMs', 'injectMs'] as const) {
      const values = costs.map((c) => c[key]);
      console.log(`${key.replace('Ms', '')}: ${spread(values)} (${values.length} pages)`);
    }
  } finally {
    await close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
