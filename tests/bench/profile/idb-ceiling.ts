import type { BenchDriver } from '../driver/bench-driver.ts';
import { articlesAndBrowser, flagValue, runCommand, withDriver } from '../bench-command.ts';
import { ensureBuild } from '../ensure-build.ts';
import { createCorpus } from '../generator/corpus.ts';
import { fillRates, fillRaw, settledUsage, storageUsage } from './raw-fill.ts';

// `npx tsx tests/bench/profile/idb-ceiling.ts --articles N [--browser chromium|firefox]
//   [--layout prints-index|prints-no-index|no-prints]`
// The ceiling the browser's IndexedDB puts on bulk fill and bytes: the bench corpus written
// in the store's version 2 layout (a multiEntry index on the prints, replaced by packed
// postings in version 3: packed-postings.ts measures those) by raw IndexedDB from the extension page, 500 records a
// transaction as an import does, with none of the extension's code (no validation, no
// fingerprinting, no Dexie; prints are computed in Node beforehand). Only the transactions
// are timed. One JSON line on stdout: articles/s overall and by tenth, bytes per article.

const LAYOUTS = ['prints-index', 'prints-no-index', 'no-prints'] as const;
type Layout = (typeof LAYOUTS)[number];

const open = (layout: Layout) => `new Promise((ok, ko) => {
  const del = indexedDB.deleteDatabase('wiretrace-idb-ceiling');
  del.onsuccess = del.onerror = () => {
    const open = indexedDB.open('wiretrace-idb-ceiling', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const a = db.createObjectStore('articles', { keyPath: 'id' });
      a.createIndex('urlKey', 'urlKey');
      a.createIndex('firstSeen', 'firstSeen');
      const p = db.createObjectStore('prints', { keyPath: 'articleId' });
      if (${JSON.stringify(layout)} === 'prints-index') p.createIndex('hashes', 'hashes', { multiEntry: true });
    };
    open.onerror = () => ko(open.error);
    open.onsuccess = () => { globalThis.__ceiling = { db: open.result, enc: new TextEncoder() }; ok(true); };
  };
})`;

/** Encodes the text first (as toRecord does), then times one write transaction. */
const write = (rows: unknown[], prints: boolean) => `(async () => {
  const { db, enc } = __ceiling;
  const rows = ${JSON.stringify(rows)}.map(({ text, ...r }) => ({ ...r, textUtf8: enc.encode(text) }));
  const t = performance.now();
  await new Promise((ok, ko) => {
    const tx = db.transaction(['articles', 'prints'], 'readwrite');
    for (const { hashes, ...row } of rows) {
      tx.objectStore('articles').put(row);
      if (${prints}) tx.objectStore('prints').put({ articleId: row.id, hashes });
    }
    tx.oncomplete = ok;
    tx.onerror = tx.onabort = () => ko(tx.error);
  });
  return performance.now() - t;
})()`;

async function measure(driver: BenchDriver, articles: number, layout: Layout) {
  const corpus = createCorpus({ seed: 1, size: articles });
  const before = await storageUsage(driver);
  await driver.evaluate(open(layout));
  const batchMs = await fillRaw(driver, corpus, (rows) => write(rows, layout !== 'no-prints'));
  const bytes = (await settledUsage(driver, '__ceiling', 'wiretrace-idb-ceiling')) - before;
  return {
    browser: driver.browser,
    articles,
    layout,
    ...fillRates(batchMs),
    bytesPerArticle: Math.round(bytes / articles),
  };
}

runCommand('idb-ceiling', async () => {
  const argv = process.argv.slice(2);
  const { articles, browser } = articlesAndBrowser(argv);
  const layout = flagValue(argv, '--layout', 'prints-index') as Layout;
  if (!LAYOUTS.includes(layout)) throw new Error(`--layout is one of ${LAYOUTS.join(', ')}`);
  const result = await withDriver(browser, ensureBuild(browser, true), (driver) =>
    measure(driver, articles, layout),
  );
  console.log(JSON.stringify(result));
});
