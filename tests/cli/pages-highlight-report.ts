/**
 * `npx tsx tests/cli/pages-highlight-report.ts [--firefox] [--pages <dir>]`
 * How well "Highlight on the page" finds an article's text on real pages: each
 * <dir>/<slug>/source.html (default ../shared/pages) is rendered in real Chromium (default) or
 * Firefox ESR in a sandboxed frame (no page scripts run), extracted as the content script
 * extracts it, and every sentence of the extracted text is then located on the rendered page
 * as a highlight would be (utils/page-highlight). Prints, per page and in all, the share of
 * sentences placed and the time reading the page's text and locating them took: the work a
 * click on the button does in the page. `--misses` also prints the sentences not placed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { pageSlugs, pagesRun, runOverPages, type PageRunner } from './browser-runners.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const run = pagesRun(args);
const { pagesDir } = run;

interface PageOutcome {
  sentences: number;
  placed: number;
  ms: number;
  note: string;
  misses?: string[];
}

async function bundle(): Promise<string> {
  const root = join(import.meta.dirname, '../..');
  const result = await build({
    stdin: {
      contents: [
        "export { extractArticle } from './utils/extract/index.ts';",
        "export { readPageText } from './utils/page-highlight/page-text.ts';",
        "export { locateMarks } from './utils/page-highlight/locate-marks.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'WiretraceHighlight',
    target: 'es2022',
  });
  return `${result.outputFiles[0]?.text ?? ''};globalThis.WiretraceHighlight = WiretraceHighlight;`;
}

/** Runs in the browser: renders `html` in a script-less frame, extracts, locates sentences. */
async function locateOnPage(html: string, url: string): Promise<string> {
  const api = (
    globalThis as unknown as {
      WiretraceHighlight: typeof import('../../utils/extract/index.ts') &
        typeof import('../../utils/page-highlight/page-text.ts') &
        typeof import('../../utils/page-highlight/locate-marks.ts');
    }
  ).WiretraceHighlight;
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const result = api.extractArticle(doc, url);
  if (!result.ok) return JSON.stringify({ sentences: 0, placed: 0, ms: 0, note: result.reason });
  // Some pages hide themselves (`html { display: none }`) until their scripts run, which they
  // do not here: nothing to judge on those.
  if (!doc.body.checkVisibility())
    return JSON.stringify({ sentences: 0, placed: 0, ms: 0, note: 'hidden until its scripts run' });
  const text = result.article.text;
  // Every sentence of every paragraph, as a mark: what a wholly shared article would show.
  const marks = [...text.matchAll(/[^.!?。！？\n]+[.!?。！？]*/gu)]
    .filter((m) => /\p{L}/u.test(m[0]))
    // Each sentence its own "outlet" number, so the ones placed can be told apart.
    .map((m, i) => ({ start: m.index, end: m.index + m[0].length, outlet: i }));
  const started = performance.now();
  const page = api.readPageText(doc.body);
  const readMs = performance.now() - started;
  const { located, missing } = api.locateMarks(page.text, text, marks);
  const ms = performance.now() - started;
  const placedAt = new Set(located.map((m) => m.outlet));
  return JSON.stringify({
    misses: marks.filter((_, i) => !placedAt.has(i)).map((m) => text.slice(m.start, m.end)),
    sentences: located.length + missing,
    placed: located.length,
    ms,
    note: `${page.text.length} chars of page text, read in ${readMs.toFixed(1)} ms`,
  });
}

function pageUrlOf(dir: string): string {
  const file = join(dir, 'expected-metadata.json');
  const meta = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { url?: string }) : {};
  return meta.url ?? 'https://example.org/article';
}

async function reportAll(runner: PageRunner): Promise<void> {
  const outcomes: PageOutcome[] = [];
  const slugs = pageSlugs(pagesDir);
  for (const slug of slugs) {
    const dir = join(pagesDir, slug);
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    const outcome = JSON.parse(
      await runner.call(locateOnPage.toString(), [html, pageUrlOf(dir)]),
    ) as PageOutcome;
    outcomes.push(outcome);
    const share = outcome.sentences ? outcome.placed / outcome.sentences : 0;
    console.log(
      `${slug.padEnd(22)} ${String(outcome.placed).padStart(4)} / ${String(outcome.sentences).padEnd(4)} placed (${(share * 100).toFixed(1).padStart(5)} %)  ${outcome.ms.toFixed(1).padStart(6)} ms  ${outcome.note}`,
    );
    if (showMisses) for (const miss of outcome.misses ?? []) console.log(`    not placed: ${miss}`);
  }
  const read = outcomes.filter((o) => o.sentences > 0);
  const placed = read.reduce((n, o) => n + o.placed, 0);
  const total = read.reduce((n, o) => n + o.sentences, 0);
  const times = read.map((o) => o.ms).sort((a, b) => a - b);
  const whole = read.filter((o) => o.placed === o.sentences).length;
  console.log(
    `sentences placed: ${placed} / ${total} (${((placed / total) * 100).toFixed(1)} %); ` +
      `pages with every sentence placed: ${whole} / ${read.length}; ` +
      `time median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
  );
}

await runOverPages(run, bundle, reportAll);
