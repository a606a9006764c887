import type { WordPassage } from './chain-fragments';

/**
 * Between two consecutive passages that follow each other in both texts, the words in the
 * gaps are compared word by word (longest common subsequence): a rewritten sentence keeps
 * stretches of its source's words, and those stretches (at least `minRun` words) are shared
 * text too, even when too short to be found on their own. Only gaps of at most `maxFill`
 * words on each side are searched, so this stays local and cheap.
 */
export function fillGaps(
  passages: readonly WordPassage[],
  a: Uint32Array,
  b: Uint32Array,
  maxFill: number,
  minRun: number,
): WordPassage[] {
  const found: WordPassage[] = [];
  for (let k = 1; k < passages.length; k++) {
    const p = passages[k - 1]!;
    const q = passages[k]!;
    const ga = q.aStart - p.aEnd;
    const gb = q.bStart - p.bEnd;
    if (ga < minRun || gb < minRun || ga > maxFill || gb > maxFill) continue;
    found.push(
      ...commonRuns(a.subarray(p.aEnd, q.aStart), b.subarray(p.bEnd, q.bStart), minRun).map(
        (r) => ({
          aStart: p.aEnd + r.a,
          aEnd: p.aEnd + r.a + r.len,
          bStart: p.bEnd + r.b,
          bEnd: p.bEnd + r.b + r.len,
          matched: r.len,
        }),
      ),
    );
  }
  return found;
}

/** Runs of consecutive words of a longest common subsequence of `x` and `y`. */
function commonRuns(
  x: Uint32Array,
  y: Uint32Array,
  minRun: number,
): { a: number; b: number; len: number }[] {
  const w = y.length + 1;
  const table = new Uint16Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * w + j] =
        x[i] === y[j]
          ? table[(i + 1) * w + j + 1]! + 1
          : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const runs: { a: number; b: number; len: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      const last = runs.at(-1);
      if (last && last.a + last.len === i && last.b + last.len === j) last.len++;
      else runs.push({ a: i, b: j, len: 1 });
      i++;
      j++;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
    else j++;
  }
  return runs.filter((r) => r.len >= minRun);
}
