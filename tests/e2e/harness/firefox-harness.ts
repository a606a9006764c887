import { rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  jsonExpression,
  type BrowserHarness,
  type BrowserTab,
  type OpenTabOptions,
} from './browser-harness.ts';
import { connectBidi, type BidiConnection } from './bidi-connection.ts';
import { onCleanup } from './cleanup.ts';
import { startFirefox, writeUserPrefs, type FirefoxProcess } from './firefox-process.ts';
import { newTabId } from './tab-id-diff.ts';
import { makeTempProfile, removeTempProfile } from './temp-profile.ts';
import { sleep, withTimeout } from './wait-for.ts';

/** Reads the add-on id (browser_specific_settings.gecko.id) from the built manifest. */
async function readGeckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id)
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}
/** Pinned through user.js so extension pages live at a known moz-extension:// origin. */
export const EXTENSION_UUID = '5f0c8b1e-7a2d-4c3e-9b6f-2d1e0a9c8b7d';

/** Starts headless Firefox ESR, installs the unpacked Firefox build through BiDi. */
export async function launchFirefox(extensionDir: string): Promise<BrowserHarness> {
  const profile = await makeTempProfile('firefox');
  let firefox: FirefoxProcess | null = null;
  let bidi: BidiConnection | null = null;
  const unregister = onCleanup(
    () => stopFirefox(firefox, profile),
    () => {
      firefox?.child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  );
  try {
    await writeUserPrefs(profile, await readGeckoId(extensionDir), EXTENSION_UUID);
    firefox = await startFirefox(profile);
    const session = await connectBidi(`${firefox.bidiUrl}/session`);
    bidi = session;
    await session.send('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    return await firefoxHarness(session, async () => {
      await session.send('browser.close').catch(() => {});
      session.close();
      await stopFirefox(firefox, profile);
      unregister();
    });
  } catch (error) {
    bidi?.close();
    await stopFirefox(firefox, profile);
    unregister();
    throw error;
  }
}

async function stopFirefox(firefox: FirefoxProcess | null, profile: string): Promise<void> {
  const child = firefox?.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await withTimeout('Firefox to exit', exited, 5000).catch(() => child.kill('SIGKILL'));
    await sleep(200); // let content processes notice their parent is gone
  }
  await removeTempProfile(profile);
}

async function firefoxHarness(
  bidi: BidiConnection,
  shutdown: () => Promise<void>,
): Promise<BrowserHarness> {
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;
  // Firefox exposes no background page to BiDi: an extension tab answers tabs.query instead.
  const probe = await createTab(bidi);
  const probeTab = firefoxTab(bidi, probe, -1);
  await probeTab.goto(extensionUrl('popup.html?tabId=-1'));
  const listTabIds = () =>
    probeTab.evaluate<number[]>('browser.tabs.query({}).then((ts) => ts.map((t) => t.id))');
  let closed = false;
  return {
    name: 'firefox',
    emulatesDarkScheme: false,
    extensionUrl,
    evaluateInExtension: (expression) => probeTab.evaluate(expression),
    async openTab(url, options = {}) {
      const { created: context, tabId } = await newTabId(listTabIds, () => createTab(bidi));
      await prepareContext(bidi, context, options);
      const tab = firefoxTab(bidi, context, tabId);
      await tab.goto(url, options.waitForLoad);
      return tab;
    },
    async close() {
      if (closed) return;
      closed = true;
      await shutdown();
    },
  };
}

async function createTab(bidi: BidiConnection): Promise<string> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', {
    type: 'tab',
  });
  return context;
}

async function prepareContext(
  bidi: BidiConnection,
  context: string,
  options: OpenTabOptions,
): Promise<void> {
  if (options.darkScheme) throw new Error('Firefox ESR cannot emulate a dark colour scheme');
  if (options.viewport)
    await bidi.send('browsingContext.setViewport', { context, viewport: options.viewport });
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function firefoxTab(bidi: BidiConnection, context: string, tabId: number): BrowserTab {
  return {
    tabId,
    async goto(url, waitForLoad = true) {
      await bidi.send('browsingContext.navigate', {
        context,
        url,
        wait: waitForLoad ? 'complete' : 'none',
      });
    },
    async evaluate<T>(expression: string) {
      const reply = await bidi.send<EvaluateResult>('script.evaluate', {
        expression: jsonExpression(expression),
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (reply.type === 'exception')
        throw new Error(`evaluate failed: ${reply.exceptionDetails.text}`);
      const value = reply.result.value;
      return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
    },
    async focus() {
      await bidi.send('browsingContext.activate', { context });
    },
    async screenshot(file) {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
        context,
        origin: 'document',
      });
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await bidi.send('browsingContext.close', { context });
    },
  };
}
