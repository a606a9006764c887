import { lookupPrints } from '../../../utils/engine/index';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { articlesAndBrowser, flagValue, runCommand, withDriver } from '../bench-command.ts';
import { ensureBuild } from '../ensure-build.ts';
import { createCorpus } from '../generator/corpus.ts';
import { PAGE_SCAN } from './page-postings.ts';
import { fillRates, fillRaw, settledUsage, storageUsage } from './raw-fill.ts';

// `npx tsx tests/bench/profile/packed-postings.ts --articles N [--browser chromium|firefox]
//   [--coarse C] [--fine F] [--merge-at P] [--tiered] [--tiered-mains] [--no-postings]`
// Could postings packed many to a record beat the multiEntry index the store used until
// version 3? The index costs one browser-written entry per print (~140 an article), which
// is what capped bulk fill and bytes (idb-ceiling.ts). Store version 3 took the answer
// (utils/store/posting-levels.ts, with a third, small level for single articles). This writes the bench corpus with raw IndexedDB from the
// extension page in a two-level packed layout and times fill and lookups:
// - `deltas`: one record per coarse bucket (the top C bits of a print), a Uint32Array of
//   (print, article id) pairs appended by every write transaction (read, extend, put back);
// - `mains`: one record per fine bucket (the top F bits); a coarse bucket's delta is merged
//   into its 2^(F-C) mains once it holds P pairs, and emptied.
// With --tiered, deltas are never rewritten: each transaction adds a new segment per coarse
// bucket, and a bucket's segments are merged into its mains once they hold P pairs together.
// With --tiered-mains, mains are never rewritten either: each merge adds a new segment per
// fine bucket, so a pair is written twice in all whatever N is. --no-postings writes only the
// articles and prints records: what the postings cost on top of them.
// A lookup reads, for each print, its delta (or segments) and its main, and scans them. Prints
// are computed in Node beforehand and only the transactions are timed, as in idb-ceiling.ts.
// One JSON line on stdout.

const LOOKUP_QUERIES = 60;

const open = (
  coarse: number,
  fine: number,
  mergeAt: number,
  tiered: boolean,
  tieredMains: boolean,
  postings: boolean,
) => `new Promise((ok, ko) => {
  const del = indexedDB.deleteDatabase('wiretrace-packed-postings');
  del.onsuccess = del.onerror = () => {
    const open = indexedDB.open('wiretrace-packed-postings', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const a = db.createObjectStore('articles', { keyPath: 'id' });
      a.createIndex('urlKey', 'urlKey');
      a.createIndex('firstSeen', 'firstSeen');
      db.createObjectStore('prints', { keyPath: 'articleId' });
      db.createObjectStore('deltas');
      db.createObjectStore('mains');
    };
    open.onerror = () => ko(open.error);
    open.onsuccess = () => {
      const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
      const append = (old, add) => {
        const out = new Uint32Array((old ? old.length : 0) + add.length);
        if (old) out.set(old);
        out.set(add, old ? old.length : 0);
        return out;
      };
      const group = (pairs, bits, into = new Map()) => {
        for (let i = 0; i < pairs.length; i += 2) {
          const key = pairs[i] >>> (32 - bits);
          let list = into.get(key);
          if (!list) into.set(key, (list = []));
          list.push(pairs[i], pairs[i + 1]);
        }
        return into;
      };
      globalThis.__packed = { db: open.result, enc: new TextEncoder(), req, append, group,
        coarse: ${coarse}, fine: ${fine}, mergeAt: ${mergeAt}, merges: 0,
        tiered: ${tiered}, tieredMains: ${tieredMains}, postings: ${postings},
        seq: new Map(), mainSeq: new Map(), held: new Map(),
        range: (c) => IDBKeyRange.bound(c * 65536, c * 65536 + 65535) };
      ok(true);
    };
  };
})`;

/** One import-sized write transaction: articles, prints records, deltas, merges when due. */
const write = (rows: unknown[]) => `(async () => {
  const P = __packed;
  const rows = ${JSON.stringify(rows)}.map(({ text, hashes, ...r }) =>
    ({ row: { ...r, textUtf8: P.enc.encode(text) }, hashes }));
  const t = performance.now();
  const tx = P.db.transaction(['articles', 'prints', 'deltas', 'mains'], 'readwrite');
  const done = new Promise((ok, ko) => { tx.oncomplete = ok; tx.onerror = tx.onabort = () => ko(tx.error); });
  const deltas = tx.objectStore('deltas');
  const mains = tx.objectStore('mains');
  const pairs = [];
  for (const { row, hashes } of rows) {
    tx.objectStore('articles').put(row);
    tx.objectStore('prints').put({ articleId: row.id, hashes: Uint32Array.from(hashes) });
    if (P.postings) for (const h of hashes) pairs.push(h, row.id);
  }
  const byCoarse = P.group(pairs, P.coarse);
  const coarse = [...byCoarse.keys()];
  const due = new Map();
  if (P.tiered) {
    // Tiered: a transaction adds one new segment per coarse bucket and rewrites none; a
    // bucket's segments are read and merged into its mains once they hold P pairs together.
    const merging = coarse.filter((c) => (P.held.get(c) ?? 0) + byCoarse.get(c).length / 2 >= P.mergeAt);
    const olds = await Promise.all(merging.map((c) => P.req(deltas.getAll(P.range(c)))));
    const merged = new Set(merging);
    merging.forEach((c, i) => {
      deltas.delete(P.range(c));
      for (const segment of olds[i]) P.group(segment, P.fine, due);
      P.group(byCoarse.get(c), P.fine, due);
      P.held.set(c, 0);
      P.merges++;
    });
    for (const c of coarse) {
      if (merged.has(c)) continue;
      const seq = P.seq.get(c) ?? 0;
      P.seq.set(c, seq + 1);
      deltas.put(Uint32Array.from(byCoarse.get(c)), c * 65536 + seq);
      P.held.set(c, (P.held.get(c) ?? 0) + byCoarse.get(c).length / 2);
    }
  } else {
    const olds = await Promise.all(coarse.map((c) => P.req(deltas.get(c))));
    coarse.forEach((c, i) => {
      const delta = P.append(olds[i], byCoarse.get(c));
      if (delta.length / 2 < P.mergeAt) return deltas.put(delta, c);
      deltas.delete(c);
      P.group(delta, P.fine, due);
      P.merges++;
    });
  }
  const fine = [...due.keys()];
  if (P.tieredMains) {
    for (const f of fine) {
      const seq = P.mainSeq.get(f) ?? 0;
      P.mainSeq.set(f, seq + 1);
      mains.put(Uint32Array.from(due.get(f)), f * 65536 + seq);
    }
    await done;
    return performance.now() - t;
  }
  const oldMains = await Promise.all(fine.map((f) => P.req(mains.get(f))));
  fine.forEach((f, i) => mains.put(P.append(oldMains[i], due.get(f)), f));
  await done;
  return performance.now() - t;
})()`;

/** Times the lookups of each query (one read transaction each), as retrieval would make them. */
const lookUp = (queries: number[][]) => `(async () => {
  const P = __packed;
  const times = [];
  let bytes = 0;
  for (const prints of ${JSON.stringify(queries)}) {
    const t = performance.now();
    const tx = P.db.transaction(['deltas', 'mains'], 'readonly');
    const coarse = [...new Set(prints.map((h) => h >>> (32 - P.coarse)))];
    const fine = [...new Set(prints.map((h) => h >>> (32 - P.fine)))];
    const deltas = tx.objectStore('deltas');
    const blocks = (await Promise.all([
      ...coarse.map((c) => P.req(P.tiered ? deltas.getAll(P.range(c)) : deltas.get(c))),
      ...fine.map((f) => P.req(P.tieredMains ? tx.objectStore('mains').getAll(P.range(f)) : tx.objectStore('mains').get(f))),
    ])).flat();
    // Plain Uint32Array blocks here: no keys or levels needed to read them.
    bytes += (${PAGE_SCAN})([], blocks, prints, []).bytes;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  return { median: at(0.5), p95: at(0.95), bytesReadPerQuery: Math.round(bytes / times.length) };
})()`;

async function measure(
  driver: BenchDriver,
  articles: number,
  layout: {
    coarse: number;
    fine: number;
    mergeAt: number;
    tiered: boolean;
    tieredMains: boolean;
    postings: boolean;
  },
) {
  const corpus = createCorpus({ seed: 1, size: articles });
  const before = await storageUsage(driver);
  await driver.evaluate(
    open(
      layout.coarse,
      layout.fine,
      layout.mergeAt,
      layout.tiered,
      layout.tieredMains,
      layout.postings,
    ),
  );
  const batchMs = await fillRaw(driver, corpus, write);
  const queries = Array.from({ length: LOOKUP_QUERIES }, (_, k) =>
    lookupPrints(corpus.freshArticle(k).text),
  );
  // Twice: the first pass also warms the browser's caches, as the bench's warm-up does.
  const lookupsFirst = await driver.evaluate(lookUp(queries));
  const lookups = await driver.evaluate(lookUp(queries));
  const merges = await driver.evaluate<number>('__packed.merges');
  const bytes = (await settledUsage(driver, '__packed', 'wiretrace-packed-postings')) - before;
  return {
    browser: driver.browser,
    articles,
    ...layout,
    ...fillRates(batchMs),
    slowestBatchMs: Math.round(Math.max(...batchMs)),
    coarseMerges: merges,
    bytesPerArticle: Math.round(bytes / articles),
    lookupMsFirstPass: lookupsFirst,
    lookupMs: lookups,
  };
}

function bits(argv: readonly string[], flag: string, fallback: number, max: number): number {
  const n = Number(flagValue(argv, flag, String(fallback)));
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${flag} takes 1 to ${max}`);
  return n;
}

runCommand('packed-postings', async () => {
  const argv = process.argv.slice(2);
  const { articles, browser } = articlesAndBrowser(argv);
  const coarse = bits(argv, '--coarse', 10, 20);
  const fine = bits(argv, '--fine', 16, 24);
  const mergeAt = bits(argv, '--merge-at', 2048, 1 << 20);
  if (fine < coarse) throw new Error('--fine must be at least --coarse');
  const tiered = argv.includes('--tiered');
  const tieredMains = argv.includes('--tiered-mains');
  const postings = !argv.includes('--no-postings');
  const result = await withDriver(browser, ensureBuild(browser, true), (driver) =>
    measure(driver, articles, { coarse, fine, mergeAt, tiered, tieredMains, postings }),
  );
  console.log(JSON.stringify(result));
});
