import type { BenchDriver } from '../driver/bench-driver.ts';
import { PAGE_POSTINGS } from './page-postings.ts';

/** One way of doing retrieval, replayed on the real database. */
export interface RetrievalVariant {
  name: string;
  /** Look up only the `sample` smallest fingerprints (a bottom-k sketch), or all. */
  sample: number | null;
  /** Document-frequency cap: prints held by more articles are boilerplate. */
  cap: number;
  minShared: number;
  /** Start from the prints matching looks the article up by (`lookupPrints`), not all stored ones. */
  lookup?: boolean;
}

// Few, since the postings are packed (posting-levels.ts): cap and minimum shared prints no
// longer change what is read, only how it is counted. Each replay reads some 1.6 MB of blocks
// at 100,000 articles, so Firefox must get through all of them within one script call.
export const VARIANTS: RetrievalVariant[] = [
  {
    name: 'all stored prints, cap 30, ≥1 shared (looked up until 1 Dec 2026)',
    sample: null,
    cap: 30,
    minShared: 1,
  },
  {
    name: 'lookup prints (winnowed only from 400 words), cap 30, ≥1 shared (shipped)',
    sample: null,
    cap: 30,
    minShared: 1,
    lookup: true,
  },
  { name: 'bottom-64 prints, cap 30, ≥2 shared', sample: 64, cap: 30, minShared: 2 },
];

/** What a variant costs and whether planted republications stay among the candidates. */
export interface VariantCost {
  name: string;
  retrievalMs: number;
  postingsRead: number;
  candidates: number;
  /** Share of a planted query's family members that are among its top 24 candidates. */
  familyKept: number;
}

/**
 * Replays each variant for the stored ids (variants interleaved, rotating which goes first,
 * so caches favour none), reading the extension's own database from its page.
 * `familyOf` maps stored ids of planted articles to their family.
 */
export function replayVariants(
  driver: BenchDriver,
  ids: readonly number[],
  familyOf: Record<number, number>,
  lookups: Record<number, number[]>,
): Promise<VariantCost[]> {
  return driver.evaluate<VariantCost[]>(`(async () => {
    const variants = ${JSON.stringify(VARIANTS)}, familyOf = ${JSON.stringify(familyOf)};
    const lookups = ${JSON.stringify(lookups)};
    const req = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const db = await req(indexedDB.open('wiretrace'));
    const postings = ${PAGE_POSTINGS};
    const acc = variants.map(() => ({ ms: [], postings: 0, cands: [], kept: 0, planted: 0 }));
    const ids = ${JSON.stringify(ids)};
    for (const [q, id] of ids.entries()) {
      const prints = await req(db.transaction('prints').objectStore('prints').get(id));
      for (let k = 0; k < variants.length; k++) {
        const vi = (k + q) % variants.length, v = variants[vi], a = acc[vi];
        const base = v.lookup ? lookups[id] : Array.from(prints.hashes);
        const hashes = v.sample ? base.slice(0, v.sample) : base;
        const t = performance.now();
        const read = await postings.holders(db.transaction('postings'), hashes);
        const lists = hashes.map((h) => (read.holders.get(h) ?? []).slice(0, v.cap + 1));
        a.ms.push(performance.now() - t);
        const counts = new Map();
        for (const l of lists) { a.postings += l.length; if (l.length > v.cap) continue; for (const x of l) if (x !== id) counts.set(x, (counts.get(x) || 0) + 1); }
        const top = [...counts].filter(([, n]) => n >= v.minShared).sort((x, y) => y[1] - x[1]).slice(0, 24).map(([x]) => x);
        a.cands.push(top.length);
        const fam = familyOf[id];
        if (fam !== undefined) {
          const members = Object.keys(familyOf).map(Number).filter((m) => familyOf[m] === fam && m !== id);
          a.planted += members.length; a.kept += members.filter((m) => top.includes(m)).length;
        }
      }
    }
    db.close();
    const med = (xs) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
    return variants.map((v, i) => ({ name: v.name, retrievalMs: Math.round(med(acc[i].ms) * 10) / 10,
      postingsRead: Math.round(acc[i].postings / ids.length), candidates: med(acc[i].cands),
      familyKept: acc[i].planted ? acc[i].kept / acc[i].planted : 1 }));
  })()`);
}
