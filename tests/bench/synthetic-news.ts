/** Seeded pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );

/**
 * A news-like text generator: a vocabulary of pseudo-words drawn with Zipf frequencies (a few
 * very common function-like words, a long tail of rare names), in sentences and paragraphs.
 */
export function newsGenerator(seed: number, vocabulary = 8000): (words: number) => string {
  const random = seededRandom(seed);
  const vocab = Array.from({ length: vocabulary }, () => {
    let w = '';
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--)
      w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  });
  // Zipf(1) by inverse transform over harmonic partial sums.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= vocabulary; r++) cumulative.push((total += 1 / r));
  const pick = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  return (words) => {
    const paragraphs: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 30 + Math.floor(random() * 40));
      const w = Array.from({ length: n }, pick);
      w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
      paragraphs.push(`${w.join(' ')}.`);
      left -= n;
    }
    return paragraphs.join('\n\n');
  };
}
