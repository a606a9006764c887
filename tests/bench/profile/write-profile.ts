import type { ExtractedArticle } from '../../../utils/article';
import { fingerprintText } from '../../../utils/engine/index';
import type { BenchDriver } from '../driver/bench-driver.ts';

/** One storage layout tried on a scratch database: write time and disk use per article. */
export interface LayoutCost {
  layout: string;
  msPerArticle: number;
  bytesPerArticle: number;
}

const LAYOUTS = {
  'as stored (text + paragraphs, multiEntry prints)': { paragraphs: true, index: true },
  'text only, multiEntry prints': { paragraphs: false, index: true },
  'text only, multiEntry on prints with hash % 3 = 0': { paragraphs: false, index: true, modulo: 3 },
  'text only, prints without index': { paragraphs: false, index: false },
  'text only, no prints': { paragraphs: false, index: null },
} as const;

/**
 * Writes `articles` (fingerprinted here with the extension's own function) into scratch
 * databases of the extension's origin, one per layout, in 500-record transactions like an
 * import, timing the pure IndexedDB work and the storage growth it causes. The databases
 * are deleted only at the end (deleted space is not handed back at once), so run this last.
 * Separates what the store layout costs from what the background's JavaScript costs.
 */
export async function profileWrites(driver: BenchDriver, articles: readonly ExtractedArticle[]): Promise<LayoutCost[]> {
  const rows = articles.map((a, i) => ({ ...a, id: i + 1, firstSeen: 1, lastSeen: 1, wordCount: 600, hashes: fingerprintText(a.text) }));
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
        a.createIndex('url', 'url', { unique: true }); a.createIndex('firstSeen', 'firstSeen');
        const p = db.createObjectStore('prints', { keyPath: 'articleId' });
        if (${o.index === true}) p.createIndex('hashes', 'hashes', { multiEntry: true });
      };
      const db = await req(open);
      const t = performance.now();
      for (let i = 0; i < __rows.length; i += 500) {
        const tx = db.transaction(['articles', 'prints'], 'readwrite');
        for (const { hashes, ...row } of __rows.slice(i, i + 500)) {
          if (!${o.paragraphs}) delete row.paragraphs;
          tx.objectStore('articles').put(row);
          const kept = ${'modulo' in o ? 'hashes.filter((h) => h % 3 === 0)' : 'hashes'};
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
    out.push({ layout, msPerArticle: r.ms / rows.length, bytesPerArticle: Math.round(r.bytes / rows.length) });
  }
  const segmenterMs = await driver.evaluate<number>(`(() => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'word' });
    const t = performance.now();
    for (const r of __rows) { let n = 0; for (const s of seg.segment(r.text)) if (s.isWordLike) n++; }
    return (performance.now() - t) / __rows.length;
  })()`);
  out.push({ layout: 'countWords (Intl.Segmenter) in the page, JS only', msPerArticle: segmenterMs, bytesPerArticle: 0 });
  await driver.evaluate(`(async () => { for (let i = 0; i < ${Object.keys(LAYOUTS).length}; i++) indexedDB.deleteDatabase('wiretrace-bench-scratch-' + i); delete globalThis.__rows; return true; })()`);
  return out;
}
