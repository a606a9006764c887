/**
 * Fingerprints already found held by more stored articles than a retrieval cap, per open
 * database and cap: boilerplate lines come back in query after query, and a lookup that
 * only learns "too common" again costs as much as a useful one (it reads its print's
 * posting blocks, postings.ts).
 * Adding articles only raises document frequencies, so an entry stays true until prints are
 * removed or replaced; those writes call `forgetCappedPrints`, keeping retrieval exact.
 */
const capped = new WeakMap<object, Map<number, Set<number>>>();

/** Bounds the memory a long session can spend on it (4 bytes a hash, roughly). */
const MAX_ENTRIES = 200_000;

/** The set for `db` and `cap`, filled by retrieval as it meets capped fingerprints. */
export function cappedPrints(db: object, cap: number): Set<number> {
  let byCap = capped.get(db);
  if (!byCap) capped.set(db, (byCap = new Map()));
  let set = byCap.get(cap);
  if (!set || set.size > MAX_ENTRIES) byCap.set(cap, (set = new Set()));
  return set;
}

/** Called whenever stored fingerprints are deleted or replaced: frequencies may have dropped. */
export function forgetCappedPrints(db: object): void {
  capped.delete(db);
}
