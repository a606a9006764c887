/**
 * `npx tsx tests/cli/pages-cold-ab.ts <other-tree> [--rounds N] [--pages <dir>]`
 * Compares the content script's cold cost of two source trees page by page, in real
 * Chromium (Debian's, headless): A is `<other-tree>` (a `git worktree` of another commit, say),
 * B is this tree. Each page runs extractArticle once per variant per round, each time in a
 * new browser context (a new renderer process, nothing compiled), the two variants in
 * alternating order. Each tree's content-script part is timed: scanPage where the tree has it
 * (the background finishes the article), else extractArticle. Prints both medians and the
 * median and mean of B − A over all pairs.
 * Medians of separate runs move by some 10 ms on this 2-core machine; paired differences
 * show a change of 3 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from '../e2e/scenario/time-popup.ts';
import { chromiumRunner, extractionScript, pageSlugs, pagesRun } from './browser-runners.ts';

const args = process.argv.slice(2);
const other = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : '';
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 2;
const { pagesDir } = pagesRun(args);

/** Runs in the page: one cold extraction, in ms (as a string, as PageRunner.call returns). */
function timeOnce(html: string): string {
  const api = (
    globalThis as unknown as { WiretraceExtract: typeof import('../../utils/extract/index.ts') }
  ).WiretraceExtract;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The content script's part where the tree has one (scanPage), else the whole extraction.
  const { scanPage } = api as Partial<typeof api>;
  const started = performance.now();
  if (scanPage) scanPage(doc, 'https://example.org/article');
  else api.extractArticle(doc, 'https://example.org/article');
  return String(performance.now() - started);
}

const mean = (values: number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

if (!other || !existsSync(join(other, 'utils/extract/index.ts'))) {
  console.error('usage: pages-cold-ab.ts <other-tree> [--rounds N] [--pages dir]');
  process.exit(2);
}
if (!existsSync(pagesDir)) {
  console.log(`no pages at ${pagesDir}; nothing to do`);
  process.exit(0);
}
// One browser per variant; each page runs in a fresh context of it (a new renderer process).
const runners = [
  await chromiumRunner(await extractionScript(other)),
  await chromiumRunner(await extractionScript(join(import.meta.dirname, '../..'))),
];
const times: [number[], number[]] = [[], []];
const differences: number[] = [];
try {
  const slugs = pageSlugs(pagesDir);
  for (let round = 0; round < rounds; round++) {
    for (const [index, slug] of slugs.entries()) {
      const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
      const pair = [0, 0];
      for (const variant of (index + round) % 2 ? [1, 0] : [0, 1]) {
        const runner = runners[variant]!;
        await runner.fresh();
        pair[variant] = Number(await runner.call(timeOnce.toString(), [html]));
      }
      times[0].push(pair[0] ?? 0);
      times[1].push(pair[1] ?? 0);
      differences.push((pair[1] ?? 0) - (pair[0] ?? 0));
    }
  }
} finally {
  for (const runner of runners) await runner.close();
}
console.log(
  `${differences.length} pairs: A (${other}) median ${median(times[0]).toFixed(1)} ms, B (this tree) median ${median(times[1]).toFixed(1)} ms; B - A median ${median(differences).toFixed(1)} ms, mean ${mean(differences).toFixed(1)} ms`,
);
