const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'sa',
  'vel',
  'do',
  'qui',
  'ne',
  'bar',
  'po',
  'li',
  'zet',
  'gra',
  'mo',
];

/** Deterministic pseudo-words (seeded), a stand-in for unrelated news text in tests. */
export function syntheticText(seed: number, words: number): string {
  let s = (seed * 2654435761) >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const n = 1 + ((next() >>> 16) % 3);
    let w = '';
    for (let k = 0; k < n; k++) w += SYLLABLES[(next() >>> 16) % SYLLABLES.length];
    out.push(w);
  }
  return out.join(' ');
}
