import type { BenchDriver } from '../driver/bench-driver.ts';
import { PAGE_POSTINGS } from './page-postings.ts';

/** Where a match's time goes, measured on the extension's own database from its page. */
export interface RetrievalProfile {
  queries: number;
  /** Fingerprints per stored article (mean over the sample). */
  printsPerArticle: number;
  /** Prints looked up per query (those matching looks it up by) and postings found for them. */
  lookupsPerQuery: number;
  postingsReadPerQuery: number;
  /** Posting blocks read per query, and their bytes. */
  blocksReadPerQuery: number;
  bytesReadPerQuery: number;
  /** Prints held by more articles than the document-frequency cap (boilerplate). */
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
 * read-only): for sample stored ids, the posting blocks of their prints (page-postings.ts),
 * holders capped at `cap + 1`, then a load of the top candidates. Tells how much of a match is IndexedDB and how much is
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
    const postings = ${PAGE_POSTINGS};
    const out = { lookups: 0, postings: 0, blocks: 0, bytes: 0, capped: 0, prints: 0, text: 0, paras: 0, ret: [], load: [] };
    const lookups = ${JSON.stringify(lookups)};
    for (const id of ${JSON.stringify(ids)}) {
      const tx = db.transaction(['prints', 'articles', 'postings'], 'readonly');
      const prints = await req(tx.objectStore('prints').get(id));
      const t0 = performance.now();
      const read = await postings.holders(tx, lookups[id]);
      const lists = lookups[id].map((h) => (read.holders.get(h) ?? []).slice(0, ${cap + 1}));
      out.ret.push(performance.now() - t0);
      out.blocks += read.blocks; out.bytes += read.bytes;
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
      blocksReadPerQuery: out.blocks / n, bytesReadPerQuery: Math.round(out.bytes / n),
      cappedLookupsPerQuery: out.capped / n, retrievalMs: med(out.ret), loadCandidatesMs: med(out.load),
      textChars: out.text / n, paragraphChars: out.paras / n };
  })()`);
}
