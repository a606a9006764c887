import type { BenchDriver } from '../driver/bench-driver.ts';

/** Where a match's time goes, measured on the extension's own database from its page. */
export interface RetrievalProfile {
  queries: number;
  /** Fingerprints per stored article (mean over the sample). */
  printsPerArticle: number;
  /** Index lookups per query (the prints matching looks it up by) and postings they read. */
  lookupsPerQuery: number;
  postingsReadPerQuery: number;
  /** Lookups that hit the document-frequency cap (boilerplate fingerprints). */
  cappedLookupsPerQuery: number;
  /** All lookups of one query issued at once, as findCandidates does: median ms. */
  retrievalMs: number;
  /** Loading the 24 best candidates' records: median ms. */
  loadCandidatesMs: number;
  /** Mean stored size per article: text (UTF-8 bytes since store version 2), paragraphs' characters. */
  textChars: number;
  paragraphChars: number;
}

/**
 * Replays retrieval with raw IndexedDB in the extension page (same origin, same database,
 * read-only): for sample stored ids, the multiEntry lookups capped at `cap + 1` keys, then
 * a load of the top candidates. Tells how much of a match is IndexedDB and how much is
 * alignment, without any profiling code in the extension. `lookups` holds, by id, the prints
 * matching looks the article up by (`lookupPrints`, computed in Node).
 */
export function profileRetrieval(
  driver: BenchDriver,
  ids: readonly number[],
  lookups: Record<number, number[]>,
  cap = 30,
  limit = 24,
): Promise<RetrievalProfile> {
  return driver.evaluate<RetrievalProfile>(`(async () => {
    const db = await new Promise((ok, ko) => { const r = indexedDB.open('wiretrace'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
    const out = { lookups: 0, postings: 0, capped: 0, prints: 0, text: 0, paras: 0, ret: [], load: [] };
    const lookups = ${JSON.stringify(lookups)};
    for (const id of ${JSON.stringify(ids)}) {
      const tx = db.transaction(['prints', 'articles'], 'readonly');
      const prints = await req(tx.objectStore('prints').get(id));
      const index = tx.objectStore('prints').index('hashes');
      const t0 = performance.now();
      const lists = await Promise.all(lookups[id].map((h) => req(index.getAllKeys(IDBKeyRange.only(h), ${cap + 1}))));
      out.ret.push(performance.now() - t0);
      const counts = new Map();
      for (const l of lists) {
        out.lookups++; out.postings += l.length;
        if (l.length > ${cap}) { out.capped++; continue; }
        for (const k of l) if (k !== id) counts.set(k, (counts.get(k) || 0) + 1);
      }
      const top = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, ${limit}).map(([k]) => k);
      const t1 = performance.now();
      const store = tx.objectStore('articles');
      const rows = await Promise.all(top.map((k) => req(store.get(k))));
      out.load.push(performance.now() - t1);
      const self = await req(store.get(id));
      out.prints += prints.hashes.length; out.text += self.textUtf8 ? self.textUtf8.byteLength : self.text.length; out.paras += (self.paragraphs ?? []).join('').length;
      void rows;
    }
    db.close();
    const n = ${ids.length};
    return { queries: n, printsPerArticle: out.prints / n, lookupsPerQuery: out.lookups / n, postingsReadPerQuery: out.postings / n,
      cappedLookupsPerQuery: out.capped / n, retrievalMs: med(out.ret), loadCandidatesMs: med(out.load),
      textChars: out.text / n, paragraphChars: out.paras / n };
  })()`);
}
