/** Runs one function with string/number arguments in a real browser page, for the page reports. */
import { chromium } from 'playwright-core';
import { startFirefox } from '../e2e/harness/firefox-process.ts';
import { connectBidi, type BidiConnection } from '../e2e/harness/bidi-connection.ts';
import { makeTempProfile, removeTempProfile } from '../e2e/harness/temp-profile.ts';

/** A browser page that can run one extraction call at a time. */
export interface PageRunner {
  /** Calls `fn` (function source) with `args` in the page; `fn` returns (a promise of) a JSON string. */
  call(fn: string, args: (string | number)[]): Promise<string>;
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
  const page = await browser.newPage();
  await page.addScriptTag({ content: script });
  return {
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
