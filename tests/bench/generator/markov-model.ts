import type { Rng } from './rng';
import { buildVariants, type WordVariants } from './word-variants';

/** A word-level Markov model of order 2 (with order-1 back-off), words interned as ids. */
export interface MarkovModel {
  words: string[];
  /** Successors of each word pair `w1 * words.length + w2`, repeated by frequency. */
  pairs: Map<number, Int32Array>;
  /** Successors of each single word, for back-off. */
  singles: Int32Array[];
  /** Word pairs that open a sentence. */
  starts: Int32Array;
  /** Swappable words, for per-article vocabulary. */
  lexicon: WordVariants;
}

const SENTENCE_END = /[.!?]["'”’)]*$/;
const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|No|vs)\.$/;

/** True when a word closes a sentence ("said.", "Moscow?\"", not "U.S." or "Mr."). */
export function endsSentence(word: string): boolean {
  return SENTENCE_END.test(word) && !ABBREVIATION.test(word);
}

/** Trains the model on paragraphs of running text. */
export function trainMarkov(paragraphs: readonly string[]): MarkovModel {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const intern = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) (ids.set(w, (id = words.length)), words.push(w));
    return id;
  };
  const tokens = paragraphs.map((p) => p.split(' ').filter(Boolean).map(intern));
  const pairLists = new Map<number, number[]>();
  const singleLists: number[][] = words.map(() => []);
  const starts: number[] = [];
  const v = words.length;
  for (const seq of tokens) {
    for (let i = 0; i + 1 < seq.length; i++) {
      if (i === 0 || endsSentence(words[seq[i - 1]!]!)) starts.push(seq[i]!, seq[i + 1]!);
      singleLists[seq[i]!]!.push(seq[i + 1]!);
      if (i + 2 >= seq.length) continue;
      const key = seq[i]! * v + seq[i + 1]!;
      const list = pairLists.get(key);
      if (list) list.push(seq[i + 2]!);
      else pairLists.set(key, [seq[i + 2]!]);
    }
  }
  const counts = new Array<number>(v).fill(0);
  for (const seq of tokens) for (const id of seq) counts[id]!++;
  const pairs = new Map<number, Int32Array>();
  for (const [k, list] of pairLists) pairs.set(k, Int32Array.from(list));
  const singles = singleLists.map((l) => Int32Array.from(l));
  return {
    words,
    pairs,
    singles,
    starts: Int32Array.from(starts),
    lexicon: buildVariants(words, counts),
  };
}

/** How the generator walks the chain. */
export interface SentenceOptions {
  /** Chance of each step drawing from the single-word model: more variety, fewer verbatim runs. */
  backoff: number;
  minWords: number;
  maxWords: number;
}

export const SENTENCE_OPTIONS: SentenceOptions = { backoff: 0.2, minWords: 6, maxWords: 45 };

/** One sentence of generated text, as words. */
export function generateSentence(
  model: MarkovModel,
  rng: Rng,
  o: SentenceOptions = SENTENCE_OPTIONS,
  swap: (id: number) => number = (id) => id,
): string[] {
  const { words, pairs, singles, starts } = model;
  const s = rng.int(0, starts.length / 2 - 1) * 2;
  const out = [starts[s]!, starts[s + 1]!];
  while (out.length < o.maxWords) {
    const last = out[out.length - 1]!;
    if (out.length >= o.minWords && endsSentence(words[last]!)) break;
    const byPair = pairs.get(out[out.length - 2]! * words.length + last);
    const pool = byPair && !rng.chance(o.backoff) ? byPair : singles[last]!;
    if (pool.length === 0) break;
    out.push(pool[rng.int(0, pool.length - 1)]!);
  }
  const text = out.map((id) => words[swap(id)]!);
  if (!endsSentence(text[text.length - 1]!))
    text[text.length - 1] = text[text.length - 1]!.replace(/[,;:]$/, '') + '.';
  return text;
}
