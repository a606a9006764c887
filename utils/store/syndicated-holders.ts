/** Copies of one story share at least this share of the smaller one's fingerprints. */
const COPY_SHARE = 0.5;
/** The copies must hold nearly all the text's holders: unrelated holders make it a stamp. */
const GROUP_SHARE = 0.8;

/** A stored article whose only long passage with the query is text many articles hold. */
export interface Suspect {
  articleId: number;
  /** Its stored fingerprints. */
  prints: Iterable<number>;
}

/**
 * Text held by many stored articles is either a line outlets stamp on unrelated stories (a
 * newsletter prompt) or a story syndicated to many outlets, one paragraph of which the query
 * reuses. The two differ in who holds it: a stamp's holders share nothing else, a story's
 * holders are copies of each other. Returns the suspects that, with the other suspects they
 * are copies of, make up nearly all the holders of the common text they share with the
 * query (`frequency`: how many other stored articles hold each query print): those share a
 * story, not a stamp.
 */
export function syndicatedHolders(
  suspects: readonly Suspect[],
  frequency: ReadonlyMap<number, number>,
): Set<number> {
  const sets = suspects.map((s) => new Set(s.prints));
  const out = new Set<number>();
  suspects.forEach((s, i) => {
    const holders = holdersOf(sets[i]!, frequency);
    if (holders === 0) return;
    const copies = sets.filter((other) => isCopy(sets[i]!, other)).length;
    if (copies >= GROUP_SHARE * holders) out.add(s.articleId);
  });
  return out;
}

/**
 * How many articles hold the text a suspect shares with the query: the median holder count
 * of the query prints it holds (a stray stamp print next to a story's paragraph does not
 * decide it); 0 when none is counted.
 */
function holdersOf(prints: ReadonlySet<number>, frequency: ReadonlyMap<number, number>): number {
  const counts: number[] = [];
  for (const [hash, n] of frequency) if (prints.has(hash)) counts.push(n);
  counts.sort((x, y) => x - y);
  return counts.length === 0 ? 0 : counts[counts.length >> 1]!;
}

function isCopy(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  if (x === y) return true;
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return shared >= COPY_SHARE * Math.min(x.size, y.size);
}
