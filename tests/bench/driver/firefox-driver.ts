import { launchFirefox } from '../../e2e/harness/firefox-harness.ts';
import { PAGE_HELPER, type BenchDriver } from './bench-driver.ts';

/**
 * Launches Firefox ESR with the Firefox (MV2) build through the e2e harness (WebDriver BiDi)
 * and drives the extension's popup page.
 */
export async function launchFirefoxDriver(extensionDir: string): Promise<BenchDriver> {
  const harness = await launchFirefox(extensionDir);
  try {
    const tab = await harness.openTab(harness.extensionUrl('popup.html?tabId=-1'));
    await tab.evaluate(PAGE_HELPER);
    return {
      browser: 'firefox',
      evaluate: (expression) => tab.evaluate(expression),
      heapMB: async () => ({
        value: null,
        note: 'Firefox gives WebDriver BiDi no heap figure for the background page (performance.memory is Chrome-only)',
      }),
      stopBackground: async () => ({
        stopped: false,
        note: 'Firefox MV2 keeps one persistent background page; it cannot be stopped, so there is no cold start to time',
      }),
      idbBytesOnDisk: async () => null,
      close: () => harness.close(),
    };
  } catch (error) {
    await harness.close();
    throw error;
  }
}
