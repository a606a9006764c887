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

/** Fragments shorter than this may carry a passage on, but never end or start one across a gap. */
const MIN_EDGE_RUN = 3;

/**
 * Chains fragments (sorted by `a`) that follow each other in both texts with at most
 * `maxGap` words between them on either side, so a passage runs on across a re-spelled name,
 * a changed or inserted word. A fragment that jumps elsewhere in the other text (a reordered
 * or dropped paragraph) starts a new passage. A chance pair of common words ("in the") just
 * past a passage's end does not stretch it: chains lose short fragments at their two ends.
 */
export function chainFragments(fragments: readonly Fragment[], maxGap: number): WordPassage[] {
  const chains: Fragment[][] = [];
  let open: Fragment[][] = [];
  for (const f of fragments) {
    let best: Fragment[] | null = null;
    let bestGap = Infinity;
    for (const chain of open) {
      const last = chain.at(-1)!;
      const ga = f.a - (last.a + last.len);
      const gb = f.b - (last.b + last.len);
      if (ga < 0 || gb < 0 || ga > maxGap || gb > maxGap || ga + gb >= bestGap) continue;
      best = chain;
      bestGap = ga + gb;
    }
    if (best) best.push(f);
    else {
      const chain = [f];
      open.push(chain);
      chains.push(chain);
    }
    open = open.filter((chain) => chain.at(-1)!.a + chain.at(-1)!.len >= f.a - maxGap);
  }
  return chains.map(toPassage).sort((x, y) => x.aStart - y.aStart);
}

function toPassage(chain: Fragment[]): WordPassage {
  let from = 0;
  let to = chain.length;
  while (to - from > 1 && chain[to - 1]!.len < MIN_EDGE_RUN) to--;
  while (to - from > 1 && chain[from]!.len < MIN_EDGE_RUN) from++;
  const first = chain[from]!;
  const last = chain[to - 1]!;
  let matched = 0;
  for (let k = from; k < to; k++) matched += chain[k]!.len;
  return {
    aStart: first.a,
    aEnd: last.a + last.len,
    bStart: first.b,
    bEnd: last.b + last.len,
    matched,
  };
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
