import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { onCleanup } from '../../e2e/harness/cleanup.ts';
import { makeTempProfile, removeTempProfile } from '../../e2e/harness/temp-profile.ts';
import { PAGE_HELPER, type BenchDriver } from './bench-driver.ts';
import { connectCdp, type CdpConnection } from './cdp-connection.ts';
import { startChromium, type ChromiumProcess } from './chromium-process.ts';
import { dirSize } from './dir-size.ts';
import { evaluateIn, extensionWorker, openExtensionPage, waitUntil } from './cdp-targets.ts';

/** Launches Chromium with the Chrome build and drives it over raw CDP. */
export async function launchChromiumDriver(extensionDir: string): Promise<BenchDriver> {
  const profile = await makeTempProfile('bench-chromium');
  let proc: ChromiumProcess | null = null;
  let cdp: CdpConnection | null = null;
  const shutdown = async () => {
    await cdp?.send('Browser.close').catch(() => {});
    cdp?.close();
    if (proc && proc.child.exitCode === null) {
      await Promise.race([
        new Promise((r) => proc!.child.once('exit', r)),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      proc.child.kill('SIGKILL');
    }
    await removeTempProfile(profile);
  };
  const unregister = onCleanup(shutdown, () => {
    proc?.child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  });
  try {
    proc = await startChromium(profile, extensionDir);
    cdp = await connectCdp(proc.wsUrl);
    const worker = await waitUntil('the extension service worker', () => extensionWorker(cdp!));
    const extensionId = new URL(worker.url).host;
    const page = await openExtensionPage(
      cdp,
      `chrome-extension://${extensionId}/popup.html?tabId=-1`,
    );
    await evaluateIn(cdp, page, PAGE_HELPER);
    return chromiumDriver(cdp, page, extensionId, profile, async () => {
      await shutdown();
      unregister();
    });
  } catch (error) {
    await shutdown();
    unregister();
    throw error;
  }
}

function chromiumDriver(
  cdp: CdpConnection,
  page: string,
  extensionId: string,
  profile: string,
  close: () => Promise<void>,
): BenchDriver {
  return {
    browser: 'chromium',
    evaluate: (expression) => evaluateIn(cdp, page, expression),
    async heapMB() {
      const worker = await extensionWorker(cdp);
      if (!worker) return { value: null, note: 'service worker not running' };
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: true,
      });
      await cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
      const { usedSize } = await cdp.send('Runtime.getHeapUsage', {}, sessionId);
      await cdp.send('Target.detachFromTarget', { sessionId });
      return {
        value: usedSize / 2 ** 20,
        note: 'CDP Runtime.getHeapUsage on the service worker, after a GC',
      };
    },
    async stopBackground() {
      await cdp.send('ServiceWorker.enable', {}, page);
      await cdp.send('ServiceWorker.stopAllWorkers', {}, page);
      await waitUntil('the service worker to stop', async () =>
        (await extensionWorker(cdp)) ? undefined : true,
      );
      await cdp.send('ServiceWorker.disable', {}, page);
      return {
        stopped: true,
        note: 'CDP ServiceWorker.stopAllWorkers; worker target gone before timing',
      };
    },
    idbBytesOnDisk: () => dirSize(join(profile, 'Default', 'IndexedDB')),
    close,
  };
}
