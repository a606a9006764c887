import { fingerprintText } from '../../../utils/engine/index';
import { urlKey } from '../../../utils/store/article-record';
import type { BenchDriver } from '../driver/bench-driver.ts';
import type { Corpus } from '../generator/corpus.ts';

/** Shared by the raw-IndexedDB profiles (idb-ceiling.ts, packed-postings.ts). */

/** Records a write transaction, as an import sends them. */
export const RAW_BATCH = 500;

/**
 * Articles `from` to `from + RAW_BATCH` of the corpus as the store's version 2 records, text
 * still a string (the page encodes it), with their prints computed here in Node.
 */
export function rawRows(corpus: Corpus, from: number) {
  const rows = [];
  for (let i = from; i < Math.min(corpus.size, from + RAW_BATCH); i++) {
    const { paragraphs: _p, ...a } = corpus.articleAt(i);
    rows.push({
      ...a,
      id: i + 1,
      urlKey: urlKey(a.url),
      firstSeen: i + 1,
      lastSeen: i + 1,
      wordCount: 600,
      hashes: fingerprintText(a.text),
    });
  }
  return rows;
}

/** Articles per second over all batches, and by tenth of the fill (does it slow as it grows?). */
export function fillRates(batchMs: readonly number[]) {
  const perSecond = (ms: readonly number[]) =>
    Math.round((ms.length * RAW_BATCH) / (ms.reduce((a, b) => a + b, 0) / 1000));
  const tenth = Math.max(1, Math.ceil(batchMs.length / 10));
  const byTenth = [];
  for (let i = 0; i < batchMs.length; i += tenth)
    byTenth.push(perSecond(batchMs.slice(i, i + tenth)));
  return { fillPerSecond: perSecond(batchMs), fillPerSecondByTenth: byTenth };
}

/**
 * Writes the whole corpus, RAW_BATCH articles at a time, with the page-side `write`
 * expression (which returns the ms its transaction took); returns those times.
 */
export async function fillRaw(
  driver: BenchDriver,
  corpus: Corpus,
  write: (rows: ReturnType<typeof rawRows>) => string,
): Promise<number[]> {
  const batchMs: number[] = [];
  for (let from = 0; from < corpus.size; from += RAW_BATCH)
    batchMs.push(await driver.evaluate<number>(write(rawRows(corpus, from))));
  return batchMs;
}

/**
 * Closes the scratch database held by page global `handle`, lets the store flush (as the
 * bench does), reads the origin's usage, then deletes the database; returns that usage.
 */
export async function settledUsage(
  driver: BenchDriver,
  handle: string,
  dbName: string,
): Promise<number> {
  await driver.evaluate(`(${handle}.db.close(), true)`);
  await new Promise((r) => setTimeout(r, 2000));
  const usage = await storageUsage(driver);
  await driver.evaluate(
    `(delete globalThis.${handle}, indexedDB.deleteDatabase(${JSON.stringify(dbName)}), true)`,
  );
  return usage;
}

/** Bytes the extension's origin uses, as `navigator.storage.estimate()` reports them. */
export async function storageUsage(driver: BenchDriver): Promise<number> {
  return (await driver.evaluate<{ usage: number }>('navigator.storage.estimate()')).usage;
}
