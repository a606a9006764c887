/**
 * `npx tsx tests/cli/pages-browser-timing.ts [--firefox] [--pages <dir>]`
 * Times isArticlePage and scanPage (the content script's part of extraction) inside real
 * Chromium (default) or Firefox ESR (Debian's, headless) on each <dir>/<slug>/source.html
 * (default ../shared/pages), parsed there with DOMParser (no page scripts run). Each page gets a fresh document with the code
 * installed anew, so its first run is cold, as the content script is on a site's first page:
 * no function compiled yet, no regular expression either. That first run (`cold`: scanPage,
 * which makes the article test itself, as the content script calls it) is the content
 * script's extraction cost; `check` and `extract` are the best of the runs after it (warm).
 * `finish` is the best of the warm runs of the background's part (finishArticle), which
 * runs there, off the page's thread, with its code compiled from earlier pages. Prints
 * per-page times and the median / 90th percentile / max.
 * Where a page has an expected.json (the fixture pages), the browser's result is checked
 * against it too, so the same fixtures prove the code behaves alike in browsers and linkedom.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extractionScript,
  pageSlugs,
  pagesRun,
  runOverPages,
  spread,
  type PageRunner,
} from './browser-runners.ts';

const args = process.argv.slice(2);
const run = pagesRun(args);
const { pagesDir } = run;
const RUNS = 3;

interface Timing {
  cold: number;
  check: number;
  extract: number;
  /**
   * The background's part (finishArticle), warm, as in the long-lived background; null on a
   * page not read as an article.
   */
  finish: number | null;
  outcome: string;
  result: unknown;
}

/** Runs in the page: best of `runs` for each step, so one GC pause does not decide the figure. */
function timePage(html: string, runs: number, url: string): string {
  const api = (
    globalThis as unknown as { WiretraceExtract: typeof import('../../utils/extract/index.ts') }
  ).WiretraceExtract;
  let cold = 0;
  let check = Infinity;
  let extract = Infinity;
  let finish = Infinity;
  let outcome = '';
  let last: unknown = null;
  for (let run = 0; run <= runs; run++) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    if (run === 0) {
      // What the content script runs, and only that: scanPage makes the article test itself,
      // so a separate test first would count it twice.
      const started = performance.now();
      const read = api.scanPage(doc, url);
      cold = performance.now() - started;
      last = read.ok ? api.finishArticle(read.scan) : read;
      continue;
    }
    let started = performance.now();
    const isArticle = api.isArticlePage(doc);
    check = Math.min(check, performance.now() - started);
    started = performance.now();
    const read = api.scanPage(doc, url);
    extract = Math.min(extract, performance.now() - started);
    started = performance.now();
    const result = read.ok ? api.finishArticle(read.scan) : read;
    if (read.ok) finish = Math.min(finish, performance.now() - started);
    last = result;
    outcome = isArticle
      ? result.ok
        ? `${result.article.paragraphs.length} paragraphs`
        : result.reason
      : 'not-article';
  }
  return JSON.stringify({ cold, check, extract, finish, outcome, result: last });
}

/** "matches expected.json", the fields that differ, or '' when the page has no expected.json. */
function checkExpected(dir: string, result: unknown): string {
  const file = join(dir, 'expected.json');
  if (!existsSync(file)) return '';
  const { pageUrl: _pageUrl, ...expected } = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;
  const got = result as { ok: boolean; reason?: string; article?: Record<string, unknown> };
  if (!expected['ok'])
    return got.ok === false && got.reason === expected['reason']
      ? 'matches expected.json'
      : `DIFF ${JSON.stringify(got)}`;
  const want = expected['article'] as Record<string, unknown>;
  const differing = Object.keys(want).filter(
    (key) => JSON.stringify(want[key]) !== JSON.stringify(got.article?.[key]),
  );
  return differing.length ? `DIFF in ${differing.join(', ')}` : 'matches expected.json';
}

function pageUrlOf(dir: string): string {
  const file = join(dir, 'expected.json');
  const fromFixture = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { pageUrl?: string }).pageUrl
    : undefined;
  return fromFixture ?? 'https://example.org/article';
}

async function timeAll(runner: PageRunner): Promise<void> {
  const timings: Timing[] = [];
  for (const slug of pageSlugs(pagesDir)) {
    const dir = join(pagesDir, slug);
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    await runner.fresh();
    const timing = JSON.parse(
      await runner.call(timePage.toString(), [html, RUNS, pageUrlOf(dir)]),
    ) as Timing;
    timings.push(timing);
    const verdict = checkExpected(dir, timing.result);
    console.log(
      `${slug.padEnd(22)} cold ${timing.cold.toFixed(1).padStart(6)} ms  check ${timing.check.toFixed(1).padStart(6)} ms  extract ${timing.extract.toFixed(1).padStart(6)} ms  finish ${timing.finish === null ? '     -' : timing.finish.toFixed(1).padStart(6)} ms  ${timing.outcome}  ${verdict}`,
    );
  }
  for (const key of ['cold', 'check', 'extract', 'finish'] as const) {
    // JSON writes Infinity as null: a page not read as an article has no finish time.
    const values = timings.map((t) => t[key]).filter((v): v is number => v !== null);
    console.log(`${key}: ${spread(values)}`);
  }
}

await runOverPages(run, () => extractionScript(join(import.meta.dirname, '../..')), timeAll);
