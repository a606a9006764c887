/**
 * True when two normalised words are spellings of the same word: equal, or, for words of at
 * least four characters, one edit apart (two from eight characters): Zelensky/Zelenskyy,
 * organise/organize, Al-Assad/Assad stay apart.
 */
export function similarWord(x: string, y: string): boolean {
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  const budget = shorter >= 8 ? 2 : 1;
  return Math.abs(x.length - y.length) <= budget && editDistance(x, y, budget) <= budget;
}

/** Levenshtein distance, giving up (returning budget + 1) once it exceeds `budget`. */
function editDistance(x: string, y: string, budget: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > budget) return budget + 1;
    prev = row;
  }
  return prev[y.length]!;
}
