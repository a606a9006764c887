import type { ExtractedArticle } from '../../../utils/article';
import { fingerprintText } from '../../../utils/engine/index';
import type { BenchDriver } from '../driver/bench-driver.ts';

/** One storage layout tried on a scratch database: write time and disk use per article. */
export interface LayoutCost {
  layout: string;
  msPerArticle: number;
  bytesPerArticle: number;
}

type Layout = {
  paragraphs: boolean;
  index: boolean | null;
  modulo?: number;
  text?: 'utf8' | 'deflate';
  printKeys?: 'string';
  urlIndex?: 'hash';
};
const LAYOUTS: Record<string, Layout> = {
  'version 1 (text + paragraphs, multiEntry prints)': { paragraphs: true, index: true },
  'text only, multiEntry prints': { paragraphs: false, index: true },
  'version 2 (UTF-8 text, no paragraphs, multiEntry prints)': {
    paragraphs: false,
    index: true,
    text: 'utf8',
  },
  'version 2 + deflate-raw text': { paragraphs: false, index: true, text: 'deflate' },
  'version 2 + prints as 2-character string keys': {
    paragraphs: false,
    index: true,
    text: 'utf8',
    printKeys: 'string',
  },
  'version 2 + number index on a URL hash instead of the URL': {
    paragraphs: false,
    index: true,
    text: 'utf8',
    urlIndex: 'hash',
  },
  'text only, multiEntry on prints with hash % 3 = 0': {
    paragraphs: false,
    index: true,
    modulo: 3,
  },
  'text only, prints without index': { paragraphs: false, index: false },
  'text only, no prints': { paragraphs: false, index: null },
};

/**
 * Writes `articles` (fingerprinted here with the extension's own function) into scratch
 * databases of the extension's origin, one per layout, in 500-record transactions like an
 * import, timing the pure IndexedDB work and the storage growth it causes. The databases
 * are deleted only at the end (deleted space is not handed back at once), so run this last.
 * Separates what the store layout costs from what the background's JavaScript costs.
 */
export async function profileWrites(
  driver: BenchDriver,
  articles: readonly ExtractedArticle[],
): Promise<LayoutCost[]> {
  const rows = articles.map((a, i) => ({
    ...a,
    id: i + 1,
    firstSeen: 1,
    lastSeen: 1,
    wordCount: 600,
    hashes: fingerprintText(a.text),
  }));
  await driver.evaluate(`(globalThis.__rows = ${JSON.stringify(rows)}, true)`);
  const out: LayoutCost[] = [];
  for (const [layoutIndex, [layout, o]] of Object.entries(LAYOUTS).entries()) {
    const r = await driver.evaluate<{ ms: number; bytes: number }>(`(async () => {
      const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
      const done = (tx) => new Promise((ok, ko) => { tx.oncomplete = ok; tx.onerror = () => ko(tx.error); tx.onabort = () => ko(tx.error); });
      const name = 'wiretrace-bench-scratch-${layoutIndex}';
      const before = (await navigator.storage.estimate()).usage;
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        const a = db.createObjectStore('articles', { keyPath: 'id' });
        a.createIndex('url', ${o.urlIndex === 'hash' ? "'urlKey'" : "'url'"}, { unique: ${o.urlIndex !== 'hash'} }); a.createIndex('firstSeen', 'firstSeen');
        const p = db.createObjectStore('prints', { keyPath: 'articleId' });
        if (${o.index === true}) p.createIndex('hashes', 'hashes', { multiEntry: true });
      };
      const db = await req(open);
      const deflate = async (t) => new Uint8Array(await new Response(new Blob([t]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      const enc = new TextEncoder();
      const t = performance.now();
      for (let i = 0; i < __rows.length; i += 500) {
        const batch = __rows.slice(i, i + 500);
        const packed = ${o.text === 'deflate'} ? await Promise.all(batch.map((r) => deflate(r.text))) : null;
        const tx = db.transaction(['articles', 'prints'], 'readwrite');
        for (const [j, { hashes, ...row }] of batch.entries()) {
          if (!${o.paragraphs}) delete row.paragraphs;
          if (${o.text === 'utf8'}) { row.textUtf8 = enc.encode(row.text); delete row.text; }
          if (packed) { row.textDeflate = packed[j]; delete row.text; }
          if (${o.urlIndex === 'hash'}) row.urlKey = row.id * 7919;
          tx.objectStore('articles').put(row);
          const sampled = ${o.modulo ? `hashes.filter((h) => h % ${o.modulo} === 0)` : 'hashes'};
          const kept = ${o.printKeys === 'string'} ? sampled.map((h) => String.fromCharCode(h >>> 16, h & 0xffff)) : sampled;
          if (${o.index !== null}) tx.objectStore('prints').put({ articleId: row.id, hashes: kept });
        }
        await done(tx);
      }
      const ms = performance.now() - t;
      db.close();
      await new Promise((r) => setTimeout(r, 1500));
      const bytes = (await navigator.storage.estimate()).usage - before;
      return { ms, bytes };
    })()`);
    out.push({
      layout,
      msPerArticle: r.ms / rows.length,
      bytesPerArticle: Math.round(r.bytes / rows.length),
    });
  }
  const segmenterMs = await driver.evaluate<number>(`(() => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'word' });
    const t = performance.now();
    for (const r of __rows) { let n = 0; for (const s of seg.segment(r.text)) if (s.isWordLike) n++; }
    return (performance.now() - t) / __rows.length;
  })()`);
  out.push({
    layout: 'countWords (Intl.Segmenter) in the page, JS only',
    msPerArticle: segmenterMs,
    bytesPerArticle: 0,
  });
  await driver.evaluate(
    `(async () => { for (let i = 0; i < ${Object.keys(LAYOUTS).length}; i++) indexedDB.deleteDatabase('wiretrace-bench-scratch-' + i); delete globalThis.__rows; return true; })()`,
  );
  return out;
}
