import { existsSync, rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import {
  jsonExpression,
  type BrowserHarness,
  type BrowserTab,
  type OpenTabOptions,
} from './browser-harness.ts';
import { onCleanup } from './cleanup.ts';
import { newTabId } from './tab-id-diff.ts';
import { makeTempProfile, removeTempProfile } from './temp-profile.ts';
import { WAIT_MS, withTimeout } from './wait-for.ts';

/** Debian's Chromium binary (the /usr/bin wrapper prints a shell warning); env overrides it. */
export const CHROMIUM_PATH = process.env.WIRETRACE_CHROMIUM ?? '/usr/lib/chromium/chromium';

/**
 * Flags every Wiretrace test and benchmark starts Chromium with: the unpacked extension
 * loaded, and nothing of Chromium's own reaching the network (toolchain notes).
 */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Chromium with the extension loaded: its Playwright context, service worker, and `close`. */
export interface ExtensionContext {
  context: BrowserContext;
  worker: Worker;
  /** Closes the browser and removes its temporary profile; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts Debian Chromium with the unpacked Chrome build loaded, in a fresh temporary
 * profile, and waits for the extension's service worker. Headed only when asked (the demo
 * on a machine with a display). The e2e harness and the page timing tools start it so.
 */
export async function launchExtensionContext(
  extensionDir: string,
  headed = false,
): Promise<ExtensionContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set WIRETRACE_CHROMIUM)`,
    );
  }
  const profile = await makeTempProfile('chromium');
  let context: BrowserContext | null = null;
  // Playwright kills its browser on exit by itself; the profile folder is ours to remove.
  const unregister = onCleanup(
    () => (context ? context.close() : Promise.resolve()).then(() => removeTempProfile(profile)),
    () => rmSync(profile, { recursive: true, force: true }),
  );
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: !headed,
      timeout: WAIT_MS,
      viewport: { width: 1100, height: 900 },
      // Playwright adds --disable-extensions; without the "except" the worker never starts.
      args: extensionArgs(extensionDir),
    });
    const worker = await withTimeout(
      'the extension service worker to start in Chromium',
      context.serviceWorkers()[0]
        ? Promise.resolve(context.serviceWorkers()[0]!)
        : context.waitForEvent('serviceworker'),
    );
    const launched = context;
    let closed = false;
    return {
      context: launched,
      worker,
      async close() {
        if (closed) return;
        closed = true;
        await withTimeout('Chromium to close', launched.close()).catch(() => {});
        await removeTempProfile(profile);
        unregister();
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    await removeTempProfile(profile);
    unregister();
    throw error;
  }
}

/** The e2e harness over {@link launchExtensionContext}. */
export async function launchChromium(
  extensionDir: string,
  headed = false,
): Promise<BrowserHarness> {
  return chromiumHarness(await launchExtensionContext(extensionDir, headed));
}

function chromiumHarness({ context, worker, close }: ExtensionContext): BrowserHarness {
  const extensionId = new URL(worker.url()).host;
  // A string, not a function: the worker's `chrome` global is not part of Node's types.
  const listTabIds = () =>
    worker.evaluate<number[]>('chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id))');
  return {
    name: 'chromium',
    emulatesDarkScheme: true,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async evaluateInExtension<T>(expression: string) {
      const json = await withTimeout(
        'evaluation in the service worker',
        worker.evaluate<string>(jsonExpression(expression)),
      );
      return (json === undefined ? undefined : JSON.parse(json)) as T;
    },
    async openTab(url, options = {}) {
      const { created: page, tabId } = await newTabId(listTabIds, () => context.newPage());
      await preparePage(page, options);
      const tab = chromiumTab(page, tabId);
      await tab.goto(url, options.waitForLoad);
      return tab;
    },
    close,
  };
}

async function preparePage(page: Page, options: OpenTabOptions): Promise<void> {
  page.setDefaultTimeout(WAIT_MS);
  if (options.viewport) await page.setViewportSize(options.viewport);
  if (options.darkScheme) await page.emulateMedia({ colorScheme: 'dark' });
}

function chromiumTab(page: Page, tabId: number): BrowserTab {
  return {
    tabId,
    async goto(url, waitForLoad = true) {
      await page.goto(url, { waitUntil: waitForLoad ? 'load' : 'commit', timeout: WAIT_MS });
    },
    async evaluate<T>(expression: string) {
      const json = await withTimeout(
        `evaluation in ${page.url()}`,
        page.evaluate(jsonExpression(expression)),
      );
      return (json === undefined ? undefined : JSON.parse(json as string)) as T;
    },
    async focus() {
      await page.bringToFront();
    },
    async screenshot(file) {
      await page.screenshot({ path: file, fullPage: true, timeout: WAIT_MS });
    },
    async close() {
      await page.close();
    },
  };
}
