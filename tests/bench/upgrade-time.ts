import { fingerprintText } from '../../utils/engine/index';
import type { BenchDriver } from './driver/bench-driver.ts';
import { articlesAndBrowser, runCommand, withDriver } from './bench-command.ts';
import { ensureBuild } from './ensure-build.ts';
import { createCorpus } from './generator/corpus.ts';
import { send, type Timed } from './phases/send.ts';

// `npx tsx tests/bench/upgrade-time.ts --articles N [--browser chromium|firefox]`: how long the
// store's upgrades from version 1 to the current one (db.ts: 2, 3 and 4 in turn) keep the
// first request waiting on a store of N articles written exactly as version 1 wrote them.
// One JSON line on stdout.

const BATCH = 500;

/** Creates the extension's database at Dexie version 1 (IndexedDB version 10) from the page. */
const CREATE_V1 = `new Promise((ok, ko) => {
  const del = indexedDB.deleteDatabase('wiretrace');
  del.onerror = () => ko(del.error);
  // A background holding the database open closes it on versionchange (Dexie's default).
  del.onsuccess = () => {
    const open = indexedDB.open('wiretrace', 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      const a = db.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
      a.createIndex('url', 'url', { unique: true });
      a.createIndex('firstSeen', 'firstSeen');
      const p = db.createObjectStore('prints', { keyPath: 'articleId' });
      p.createIndex('hashes', 'hashes', { multiEntry: true });
      const l = db.createObjectStore('links', { keyPath: ['lo', 'hi'] });
      l.createIndex('lo', 'lo');
      l.createIndex('hi', 'hi');
    };
    open.onerror = () => ko(open.error);
    open.onsuccess = () => { globalThis.__v1 = open.result; ok(true); };
  };
})`;

/** Writes one batch of version 1 records (text and paragraphs as strings) in one transaction. */
const WRITE_V1 = (rows: unknown[]) => `new Promise((ok, ko) => {
  const tx = __v1.transaction(['articles', 'prints'], 'readwrite');
  for (const { hashes, ...row } of ${JSON.stringify(rows)}) {
    tx.objectStore('articles').put(row);
    tx.objectStore('prints').put({ articleId: row.id, hashes });
  }
  tx.oncomplete = () => ok(true);
  tx.onerror = tx.onabort = () => ko(tx.error);
})`;

async function measure(driver: BenchDriver, articles: number, log: (s: string) => void) {
  const corpus = createCorpus({ seed: 1, size: articles });
  const stop = await driver.stopBackground();
  await driver.evaluate(CREATE_V1);
  const t = performance.now();
  for (let from = 0; from < articles; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(articles, from + BATCH); i++) {
      const a = corpus.articleAt(i);
      rows.push({
        ...a,
        id: i + 1,
        firstSeen: i + 1,
        lastSeen: i + 1,
        wordCount: 600,
        hashes: fingerprintText(a.text),
      });
    }
    await driver.evaluate(WRITE_V1(rows));
    if ((from / BATCH) % 20 === 19) log(`version 1 store: ${from + BATCH} articles`);
  }
  const writeSeconds = (performance.now() - t) / 1000;
  await driver.evaluate('(__v1.close(), delete globalThis.__v1, true)');
  // A background that was running kept its Dexie open at version 2 before the database was
  // replaced: stop it so the next request opens (and upgrades) the version 1 store.
  const stopped = stop.stopped ? await driver.stopBackground() : stop;
  const first = await sendAndPoll(driver, {
    kind: 'list-articles',
    query: '',
    offset: 0,
    limit: 20,
  });
  const probe = await send<string>(
    driver,
    { kind: 'get-article', id: articles },
    '(v) => v.article.text',
  );
  if (probe.value !== corpus.articleAt(articles - 1).text)
    throw new Error('an upgraded article reads back differently');
  return {
    browser: driver.browser,
    articles,
    version1WriteSeconds: Math.round(writeSeconds),
    firstRequestMs: Math.round(first.ms),
    listedTotal: first.value,
    backgroundStopped: stopped.stopped,
    note: stopped.note,
  };
}

/**
 * The first request, which waits for the whole upgrade: started in the page and polled, since
 * a browser driver gives up on one script call after 20 s (the e2e harness's wait).
 */
async function sendAndPoll(
  driver: BenchDriver,
  message: unknown,
): Promise<Pick<Timed<number>, 'ms' | 'value'>> {
  await driver.evaluate(`(globalThis.__first = null, __bench.send(${JSON.stringify(message)})
    .then(({ ms, reply }) => (globalThis.__first = { ms, ok: reply?.ok, error: reply?.error,
      value: reply?.value?.total })), true)`);
  for (const deadline = Date.now() + 30 * 60_000; Date.now() < deadline;) {
    const r = await driver.evaluate<{
      ms: number;
      ok?: boolean;
      error?: string;
      value: number;
    } | null>('globalThis.__first');
    if (r) {
      if (!r.ok) throw new Error(`list-articles failed: ${r.error ?? 'no answer'}`);
      return { ms: r.ms, value: r.value };
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error('the first request got no answer within 30 minutes');
}

runCommand('upgrade-time', async () => {
  const { articles, browser } = articlesAndBrowser(process.argv.slice(2));
  const started = performance.now();
  const log = (s: string) =>
    console.error(`upgrade [${((performance.now() - started) / 1000).toFixed(0)} s] ${s}`);
  const result = await withDriver(browser, ensureBuild(browser, true), (driver) =>
    measure(driver, articles, log),
  );
  console.log(JSON.stringify(result));
});
