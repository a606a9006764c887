import type { Fragment } from './find-fragments';

/** A chain of fragments in word indices: [aStart, aEnd) of one text, [bStart, bEnd) of the other. */
export interface WordPassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Words of the passage that are identical in both texts (gaps excluded). */
  matched: number;
}

/**
 * Chains fragments (sorted by `a`) that follow each other in both texts with at most
 * `maxGap` words between them on either side, so a passage runs on across a re-spelled name,
 * a changed or inserted word. A fragment that jumps elsewhere in the other text (a reordered
 * or dropped paragraph) starts a new passage.
 */
export function chainFragments(fragments: readonly Fragment[], maxGap: number): WordPassage[] {
  const done: WordPassage[] = [];
  let open: WordPassage[] = [];
  for (const f of fragments) {
    let best: WordPassage | null = null;
    let bestGap = Infinity;
    for (const p of open) {
      const ga = f.a - p.aEnd;
      const gb = f.b - p.bEnd;
      if (ga < 0 || gb < 0 || ga > maxGap || gb > maxGap || ga + gb >= bestGap) continue;
      best = p;
      bestGap = ga + gb;
    }
    if (best) {
      best.aEnd = f.a + f.len;
      best.bEnd = f.b + f.len;
      best.matched += f.len;
    } else {
      open.push({ aStart: f.a, aEnd: f.a + f.len, bStart: f.b, bEnd: f.b + f.len, matched: f.len });
    }
    const stale = open.filter((p) => p.aEnd < f.a - maxGap);
    if (stale.length) {
      done.push(...stale);
      open = open.filter((p) => p.aEnd >= f.a - maxGap);
    }
  }
  return [...done, ...open].sort((x, y) => x.aStart - y.aStart);
}

/**
 * Drops passages with fewer than `minWords` identical words and passages whose range in the
 * first text overlaps a longer one, so highlighted ranges never nest.
 */
export function keepSolid(passages: readonly WordPassage[], minWords: number): WordPassage[] {
  const solid = passages.filter((p) => p.matched >= minWords);
  const byStrength = [...solid].sort((x, y) => y.matched - x.matched);
  const kept: WordPassage[] = [];
  for (const p of byStrength) {
    if (kept.every((q) => p.aEnd <= q.aStart || p.aStart >= q.aEnd)) kept.push(p);
  }
  return kept.sort((x, y) => x.aStart - y.aStart);
}

/**
 * Merges passages (sorted by `aStart`) that follow each other in both texts with at most
 * `maxGap` words between them on either side.
 */
export function mergeNearby(passages: readonly WordPassage[], maxGap: number): WordPassage[] {
  const out: WordPassage[] = [];
  for (const p of passages) {
    const last = out.at(-1);
    const ga = last ? p.aStart - last.aEnd : -1;
    const gb = last ? p.bStart - last.bEnd : -1;
    if (last && ga >= 0 && gb >= 0 && ga <= maxGap && gb <= maxGap) {
      last.aEnd = p.aEnd;
      last.bEnd = p.bEnd;
      last.matched += p.matched;
    } else out.push({ ...p });
  }
  return out;
}
