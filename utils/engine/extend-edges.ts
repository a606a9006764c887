import type { WordPassage } from './chain-fragments';
import { similarWord } from './similar-word';

/**
 * Grows each passage (sorted by `aStart`, not overlapping in `a`) over neighbouring words that
 * are re-spellings of each other, so a paragraph that starts with "Zelensky" where the other
 * has "Zelenskyy" is highlighted from its first word.
 */
export function extendEdges(
  passages: WordPassage[],
  a: readonly string[],
  b: readonly string[],
): WordPassage[] {
  for (let k = 0; k < passages.length; k++) {
    const p = passages[k]!;
    const floor = k > 0 ? passages[k - 1]!.aEnd : 0;
    const ceiling = k + 1 < passages.length ? passages[k + 1]!.aStart : a.length;
    while (p.aStart > floor && p.bStart > 0 && similarWord(a[p.aStart - 1]!, b[p.bStart - 1]!)) {
      p.aStart--;
      p.bStart--;
    }
    while (p.aEnd < ceiling && p.bEnd < b.length && similarWord(a[p.aEnd]!, b[p.bEnd]!)) {
      p.aEnd++;
      p.bEnd++;
    }
  }
  return passages;
}
