import type { BenchDriver } from '../driver/bench-driver.ts';

/** Origin storage in use as the browser reports it to the extension's own page. */
export async function storageUsage(driver: BenchDriver): Promise<number> {
  const estimate = await driver.evaluate<{ usage?: number }>('navigator.storage.estimate()');
  return estimate.usage ?? NaN;
}
