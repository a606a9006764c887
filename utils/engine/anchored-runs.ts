import type { WordPassage } from './chain-fragments';
import type { Fragment } from './find-fragments';

const MIN_RARE_LENGTH = 3;

/**
 * Short shared runs (a name, a title, a few words kept from a rewritten sentence) are shared
 * text too once two texts are clearly related: when the solid passages and the short runs
 * together hold at least `minEvidence` words, and at least `evidenceShare` of the shorter
 * text's words. Chance matches of common words ("of the", "said that") are told apart by
 * rarity: a run counts only when one of its words occurs at most `anchoredMaxCount` times in
 * each text and has at least three characters (in short texts every word is rare; particles
 * such as "て" or "of" are not names).
 */
export function anchoredRuns(
  runs: readonly Fragment[],
  solid: readonly WordPassage[],
  a: Uint32Array,
  b: Uint32Array,
  o: { anchoredMaxCount: number; minEvidence: number; evidenceShare: number },
  aNorms?: readonly string[],
): WordPassage[] {
  const covered = (f: Fragment): boolean =>
    solid.some((p) => f.a < p.aEnd && f.a + f.len > p.aStart);
  const free = runs.filter((f) => !covered(f));
  if (free.length === 0) return [];
  const isRare = rareWords(a, b, o.anchoredMaxCount, aNorms);
  const rare = (f: Fragment): boolean => {
    for (let k = 0; k < f.len; k++) if (isRare(f.a + k)) return true;
    return false;
  };
  const kept = free.filter(rare);
  const evidence = [...solid, ...kept.map((f) => ({ matched: f.len }))].reduce(
    (n, p) => n + p.matched,
    0,
  );
  // Longer texts share more words by chance, so the evidence needed grows with them.
  if (evidence < Math.max(o.minEvidence, o.evidenceShare * Math.min(a.length, b.length))) return [];
  return kept.map((f) => ({
    aStart: f.a,
    aEnd: f.a + f.len,
    bStart: f.b,
    bEnd: f.b + f.len,
    matched: f.len,
  }));
}

/**
 * Whether word `t` of `a` is rare in both texts: it occurs at most `maxCount` times in each
 * and has at least three characters (see `anchoredRuns`).
 */
export function rareWords(
  a: Uint32Array,
  b: Uint32Array,
  maxCount: number,
  aNorms?: readonly string[],
): (t: number) => boolean {
  const countA = counts(a);
  const countB = counts(b);
  return (t) => {
    if ((aNorms?.[t]?.length ?? MIN_RARE_LENGTH) < MIN_RARE_LENGTH) return false;
    const w = a[t]! & 0x3fffffff;
    return countA.get(w)! <= maxCount && countB.get(w)! <= maxCount;
  };
}

const countCache = new WeakMap<Uint32Array, Map<number, number>>();

/** How often each word occurs (keys are hashes cut to 30 bits), cached per word array. */
function counts(words: Uint32Array): Map<number, number> {
  let m = countCache.get(words);
  if (m) return m;
  m = new Map<number, number>();
  for (const w of words) {
    const key = w & 0x3fffffff;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  countCache.set(words, m);
  return m;
}
