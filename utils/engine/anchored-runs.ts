import type { WordPassage } from './chain-fragments';
import type { Fragment } from './find-fragments';

/**
 * Short shared runs (a name, a title, a few words kept from a rewritten sentence) are shared
 * text too once two texts are clearly related: when the solid passages and the short runs
 * together hold at least `minEvidence` words. Chance matches of common words ("of the", "said
 * that") are told apart by rarity: a run counts only when one of its words occurs at most
 * `maxCount` times in each text.
 */
export function anchoredRuns(
  runs: readonly Fragment[],
  solid: readonly WordPassage[],
  a: Uint32Array,
  b: Uint32Array,
  maxCount: number,
  minEvidence: number,
): WordPassage[] {
  const countA = counts(a);
  const countB = counts(b);
  const covered = (f: Fragment): boolean =>
    solid.some((p) => f.a < p.aEnd && f.a + f.len > p.aStart);
  const rare = (f: Fragment): boolean => {
    for (let k = 0; k < f.len; k++) {
      if (countA.get(a[f.a + k]!)! <= maxCount && countB.get(b[f.b + k]!)! <= maxCount) return true;
    }
    return false;
  };
  const kept = runs.filter((f) => !covered(f) && rare(f));
  const evidence = [...solid, ...kept.map((f) => ({ matched: f.len }))].reduce(
    (n, p) => n + p.matched,
    0,
  );
  if (evidence < minEvidence) return [];
  return kept.map((f) => ({
    aStart: f.a,
    aEnd: f.a + f.len,
    bStart: f.b,
    bEnd: f.b + f.len,
    matched: f.len,
  }));
}

function counts(words: Uint32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
