import { cappedPrints } from './capped-prints';
import { findCopies, SYNDICATED_SHARE } from './syndicated-copies';
import type { WiretraceDb } from './db';
import { readHolders } from './postings';

/** How retrieval narrows the store to the few articles worth aligning. */
export interface CandidateOptions {
  /** Fingerprints held by more stored articles than this are boilerplate and ignored. */
  maxDocFrequency: number;
  /** A candidate must share at least this many fingerprints. */
  minSharedPrints: number;
  /** At most this many candidates, the ones sharing most fingerprints. */
  limit: number;
  /** Never return this article (the query itself when it is already stored). */
  excludeId?: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  // Boilerplate is held by hundreds of articles in a store of thousands. 30 rather than 100:
  // at 100,000 stored articles a third fewer chance candidates are aligned
  // (tests/bench/RESULTS.md); METER's store never holds a print in
  // more than 30 articles. A text stored more often than that is found as syndicated copies.
  maxDocFrequency: 30,
  // One shared print is enough: short articles (briefs) share only one or two with their
  // source, and alignment, not retrieval, decides what is shared (METER eval: top-1 source
  // 0.85 with 1, 0.76 with 2).
  minSharedPrints: 1,
  limit: 24,
};

/** A stored article sharing fingerprints with the query. */
export interface Candidate {
  articleId: number;
  sharedPrints: number;
}

/** Candidates, plus the query's fingerprints found too common to rank by (boilerplate). */
export interface Retrieval {
  candidates: Candidate[];
  boilerplate: Set<number>;
  /** Of each query fingerprint under the cap: how many other stored articles hold it. */
  frequency: Map<number, number>;
}

/** Finds stored articles sharing fingerprints with `hashes` (see `retrieveCandidates`). */
export async function findCandidates(
  db: WiretraceDb,
  hashes: readonly number[],
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Promise<Candidate[]> {
  return (await retrieveCandidates(db, hashes, options)).candidates;
}

/**
 * Finds stored articles sharing fingerprints with `hashes`, through the packed postings
 * (postings.ts): one read of a few blocks per print, all in one transaction. A fingerprint
 * held by more than `maxDocFrequency` articles is boilerplate: returned apart so alignment
 * can ignore passages made only of such prints, and remembered so later queries do not read
 * its blocks again (capped-prints.ts).
 */
export function retrieveCandidates(
  db: WiretraceDb,
  hashes: readonly number[],
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Promise<Retrieval> {
  return db.transaction('r', db.postings, () => lookUp(db, hashes, options));
}

async function lookUp(
  db: WiretraceDb,
  hashes: readonly number[],
  options: CandidateOptions,
): Promise<Retrieval> {
  const cap = options.maxDocFrequency;
  const known = cappedPrints(db, cap);
  const boilerplate = new Set(hashes.filter((h) => known.has(h)));
  const looked = hashes.filter((h) => !boilerplate.has(h));
  // The first cap + 1 holders (oldest first) say all retrieval needs of a print.
  const firstHolders = async (of: readonly number[]) => {
    const holders = await readHolders(db.postings, of);
    return of.map((h) => (holders.get(h) ?? []).slice(0, cap + 1));
  };
  const postings = await firstHolders(looked);
  const counts = new Map<number, number>();
  const frequency = new Map<number, number>();
  // Holders of the capped prints read just now, kept for the syndicated-copies test below.
  const cappedHolders = new Map<number, number[]>();
  postings.forEach((ids, i) => {
    const hash = looked[i]!;
    if (ids.length > cap) {
      boilerplate.add(hash);
      known.add(hash);
      cappedHolders.set(hash, ids);
      return;
    }
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    frequency.set(hash, ids.length - (ids.includes(options.excludeId!) ? 1 : 0));
  });
  if (hashes.length > 0 && boilerplate.size >= SYNDICATED_SHARE * hashes.length) {
    // Only the prints known capped from earlier queries were not read.
    const unread = [...boilerplate].filter((h) => !cappedHolders.has(h));
    const lists = await firstHolders(unread);
    unread.forEach((h, i) => cappedHolders.set(h, lists[i]!));
    const copies = findCopies(cappedHolders, options.excludeId);
    for (const [id, n] of copies.shared) counts.set(id, (counts.get(id) ?? 0) + n);
    for (const h of copies.textPrints) boilerplate.delete(h);
  }
  if (options.excludeId !== undefined) counts.delete(options.excludeId);
  const candidates = [...counts]
    .filter(([, shared]) => shared >= options.minSharedPrints)
    .map(([articleId, sharedPrints]) => ({ articleId, sharedPrints }))
    .sort((x, y) => y.sharedPrints - x.sharedPrints || x.articleId - y.articleId)
    .slice(0, options.limit);
  return { candidates, boilerplate, frequency };
}
