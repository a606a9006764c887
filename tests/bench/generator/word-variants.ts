import type { Rng } from './rng';

/** Words an article may use in place of a training word: same frequency band, same shape. */
export interface WordVariants {
  /** For each word id, the ids it may be swapped with; empty for frequent function words. */
  variants: Int32Array[];
  /** Whether each word starts with a capital. */
  capital: Uint8Array;
}

/** The most frequent lower-case words (articles, prepositions...) always stay as they are. */
const KEEP_TOP = 150;

function shapeOf(word: string): number {
  const capital = /^[A-Z]/.test(word) ? 1 : 0;
  const tail = word.endsWith(',')
    ? 1
    : /[.!?]["'”’)]*$/.test(word)
      ? 2
      : /["'”’)]$/.test(word)
        ? 3
        : 0;
  const head = /^["'“‘(]/.test(word) ? 4 : 0;
  return capital + 2 * (tail + head);
}

/**
 * Groups words by frequency band (log2 of the count) and shape (capital, trailing comma or
 * stop, quotes), so a swap keeps the corpus's word-frequency distribution and punctuation.
 */
export function buildVariants(words: readonly string[], counts: readonly number[]): WordVariants {
  const ranked = counts.map((c, id) => [c, id] as const).sort((x, y) => y[0] - x[0]);
  const lower = ranked.filter(([, id]) => !/^["'“‘(]?[A-Z]/.test(words[id]!));
  const frequent = new Set(lower.slice(0, KEEP_TOP).map(([, id]) => id));
  const groups = new Map<number, number[]>();
  // Names swap across all frequencies: one summit's few famous names stand for many topics.
  const keyOf = (id: number) => {
    const shape = shapeOf(words[id]!);
    return shape % 2 === 1 ? 64 * 64 + shape : Math.floor(Math.log2(counts[id]!)) * 64 + shape;
  };
  words.forEach((_, id) => {
    if (frequent.has(id)) return;
    const list = groups.get(keyOf(id));
    if (list) list.push(id);
    else groups.set(keyOf(id), [id]);
  });
  const packed = new Map([...groups].map(([k, ids]) => [k, Int32Array.from(ids)]));
  const none = new Int32Array(0);
  return {
    variants: words.map((_, id) => (frequent.has(id) ? none : packed.get(keyOf(id))!)),
    capital: Uint8Array.from(words, (w) => (/^["'“‘(]?[A-Z]/.test(w) ? 1 : 0)),
  };
}

/** How often an article swaps a word for a variant: capitalised words (names) far more. */
export interface SwapRates {
  word: number;
  name: number;
}

/**
 * One article's word choices: each content word is, with some probability, replaced by a
 * variant, the same one every time it recurs in the article (names and topics repeat).
 * The training corpus covers one summit; a reader's archive covers years of topics, so
 * names are swapped most: unrelated articles then rarely share word runs by chance.
 */
export function articleLexicon(
  v: WordVariants,
  rng: Rng,
  rates: SwapRates,
): (id: number) => number {
  const chosen = new Map<number, number>();
  return (id) => {
    const options = v.variants[id]!;
    if (options.length < 2) return id;
    let to = chosen.get(id);
    if (to === undefined) {
      const p = v.capital[id] ? rates.name : rates.word;
      chosen.set(id, (to = rng.chance(p) ? options[rng.int(0, options.length - 1)]! : id));
    }
    return to;
  };
}
