/**
 * True when two normalised words are spellings of the same word: equal; for words of at
 * least four characters, one edit apart (two from eight characters): Zelensky/Zelenskyy,
 * organise/organize; or two romanisations of one name, with the same consonants in the same
 * order (Oleksandr/Olexander). Al-Assad/Assad stay apart.
 */
export function similarWord(x: string, y: string): boolean {
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  const budget = shorter >= 8 ? 2 : 1;
  if (Math.abs(x.length - y.length) <= budget && editDistance(x, y, budget) <= budget) return true;
  return sameRomanisation(x, y);
}

/** Fewer consonants than this say too little: "latter" and "letter" are different words. */
const MIN_SKELETON = 5;

/**
 * Transliterations of one name differ in vowels, doubled letters and x/ks (Olexander,
 * Oleksandr), rarely in consonants: same first letter and same consonant skeleton, long
 * enough not to be a coincidence.
 */
function sameRomanisation(x: string, y: string): boolean {
  if (x[0] !== y[0]) return false;
  const sx = skeleton(x);
  return sx.length >= MIN_SKELETON && sx === skeleton(y);
}

function skeleton(word: string): string {
  const consonants = word
    .slice(1)
    .replace(/x/g, 'ks')
    .replace(/[aeiouyw]/g, '');
  return (word[0]! + consonants).replace(/(.)\1+/g, '$1');
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
