/** Runs one function with string/number arguments in a real browser page, for the page reports. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { rerunWithWebSocket } from '../e2e/harness/ensure-websocket.ts';
import { startFirefox } from '../e2e/harness/firefox-process.ts';
import { connectBidi, type BidiConnection } from '../e2e/harness/bidi-connection.ts';
import { makeTempProfile, removeTempProfile } from '../e2e/harness/temp-profile.ts';

/** A browser page that can run one extraction call at a time. */
export interface PageRunner {
  /** Calls `fn` (function source) with `args` in the page; `fn` returns (a promise of) a JSON string. */
  call(fn: string, args: (string | number)[]): Promise<string>;
  /**
   * A new blank document with the script installed again: nothing compiled or warmed up, as
   * the content script is on every page load.
   */
  fresh(): Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM = '/usr/lib/chromium/chromium';

/** Debian's Chromium, headless, with `script` installed in a blank page. */
export async function chromiumRunner(script: string): Promise<PageRunner> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  let page = await browser.newPage();
  await page.addScriptTag({ content: script });
  return {
    // A page of a new browser context, so a new renderer process: a page in the same process
    // would find the code and its regular expressions in V8's compilation caches, as a page
    // of a site already open does.
    async fresh() {
      await page.close();
      page = await browser.newPage();
      await page.addScriptTag({ content: script });
    },
    call: (fn, args) =>
      page.evaluate(({ fn, args }) => new Function(`return (${fn})`)()(...args) as string, {
        fn,
        args,
      }),
    close: () => browser.close(),
  };
}

/** Debian's Firefox ESR, headless, driven over WebDriver BiDi (needs the global WebSocket). */
export async function firefoxRunner(script: string): Promise<PageRunner> {
  const profile = await makeTempProfile('timing');
  const { child, bidiUrl } = await startFirefox(profile);
  try {
    return await bidiRunner(await connectBidi(`${bidiUrl}/session`), script, async () => {
      child.kill();
      await removeTempProfile(profile);
    });
  } catch (error) {
    child.kill();
    await removeTempProfile(profile);
    throw error;
  }
}

async function bidiRunner(
  bidi: BidiConnection,
  script: string,
  stop: () => Promise<void>,
): Promise<PageRunner> {
  const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const target = { context: tree.contexts[0]?.context ?? '' };
  await bidi.send('script.evaluate', { expression: script, target, awaitPromise: false });
  return {
    async fresh() {
      await bidi.send('browsingContext.navigate', {
        ...target,
        url: 'about:blank',
        wait: 'complete',
      });
      await bidi.send('script.evaluate', { expression: script, target, awaitPromise: false });
    },
    async call(fn, args) {
      const reply = await bidi.send<{
        type: string;
        result?: { value?: string };
        exceptionDetails?: { text?: string };
      }>('script.callFunction', {
        functionDeclaration: fn,
        arguments: args.map((value) =>
          typeof value === 'string' ? { type: 'string', value } : { type: 'number', value },
        ),
        target,
        // A function may be async (the highlight report waits for a frame to load).
        awaitPromise: true,
      });
      if (reply.type !== 'success')
        throw new Error(`Firefox: ${reply.exceptionDetails?.text ?? 'script failed'}`);
      return reply.result?.value ?? 'null';
    },
    async close() {
      bidi.close();
      await stop();
    },
  };
}

/** What the page reports are run on: `--firefox` (else Chromium), `--pages <dir>`. */
export interface PagesRun {
  useFirefox: boolean;
  /** Default ../shared/pages. */
  pagesDir: string;
}

export function pagesRun(args: string[]): PagesRun {
  const flag = args.indexOf('--pages');
  return {
    useFirefox: args.includes('--firefox'),
    pagesDir: resolve(
      flag >= 0 ? (args[flag + 1] ?? '') : join(import.meta.dirname, '../../../shared/pages'),
    ),
  };
}

/** The page folders (slugs) of `pagesDir` that hold a source.html. */
export function pageSlugs(pagesDir: string): string[] {
  return readdirSync(pagesDir).filter((s) => existsSync(join(pagesDir, s, 'source.html')));
}

/**
 * Starts the browser `run` names with `script` installed, says which, hands it to `report`
 * and closes it; does nothing but say so when there are no pages. Firefox needs Node's global
 * WebSocket: on Node 20 the process re-runs itself with it, and this call returns at once.
 */
export async function runOverPages(
  run: PagesRun,
  script: () => Promise<string>,
  report: (runner: PageRunner) => Promise<void>,
): Promise<void> {
  if (run.useFirefox && rerunWithWebSocket()) return;
  if (!existsSync(run.pagesDir)) return console.log(`no pages at ${run.pagesDir}; nothing to do`);
  const code = await script();
  const runner = run.useFirefox ? await firefoxRunner(code) : await chromiumRunner(code);
  try {
    console.log(`${run.useFirefox ? 'Firefox ESR' : 'Chromium'}, pages in ${run.pagesDir}`);
    await report(runner);
  } finally {
    await runner.close();
  }
}

/**
 * The extraction code of the tree at `root` as one script that sets `WiretraceExtract`,
 * minified as the build ships the content script (a cold run parses what it calls).
 */
export async function extractionScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'utils/extract/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'WiretraceExtract',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  return `${result.outputFiles[0]?.text ?? ''};globalThis.WiretraceExtract = WiretraceExtract;`;
}

/** "median X ms, p90 Y ms, max Z ms" (nearest rank) of per-page times, as the page tools print. */
export function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${Math.max(...sorted).toFixed(1)} ms`;
}
