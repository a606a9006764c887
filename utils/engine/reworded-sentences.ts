import type { WordPassage } from './chain-fragments';
import type { TokenList } from './tokenize';

/** When a sentence counts as reworded from a sentence of the other text. */
export interface RewordOptions {
  /** At least this share of the sentence's words, in the same order, in one sentence of the other. */
  share: number;
  /** ...and at least this many of them. */
  minWords: number;
}

export const REWORD_OPTIONS: RewordOptions = { share: 0.5, minWords: 5 };

// Longer "sentences" (lists, text without punctuation) are left to the passages: the common
// subsequence costs their product in steps.
const MAX_SENTENCE_WORDS = 150;
const LENGTHS = new Uint16Array((MAX_SENTENCE_WORDS + 1) ** 2);

/**
 * The words kept from `b` in sentences of `a` that were reworded from it: where at least
 * half of a sentence's words, in the same order, are those of one sentence of `b`, the words
 * of their longest common subsequence are shared text, though too scattered for passages
 * ("the board said its lighthouse, new and at Varna, will be lit first in March" from "the
 * harbour board said ... the new lighthouse at Varna Point will be lit for the first time in
 * March"). This is how an outlet rewrites wire copy sentence by sentence, and what METER's
 * annotators mark verbatim inside such sentences. Words already in `covered` (the passages) are
 * left out; runs of words consecutive in both texts come back as one passage, sorted by `aStart`.
 */
export function rewordedSentences(
  a: { text: string; tokens: TokenList },
  b: { text: string; tokens: TokenList },
  covered: Uint8Array,
  o: RewordOptions = REWORD_OPTIONS,
): WordPassage[] {
  const bSentences = sentencesOf(b.text, b.tokens);
  const holders = sentencesByWord(b.tokens, bSentences);
  const votes = new Uint16Array(bSentences.length);
  const out: WordPassage[] = [];
  for (const [start, end] of sentencesOf(a.text, a.tokens)) {
    const size = end - start;
    if (size < o.minWords || size > MAX_SENTENCE_WORDS) continue;
    let uncovered = 0;
    for (let t = start; t < end; t++) uncovered += 1 - covered[t]!;
    if (uncovered === 0) continue;
    const need = Math.max(o.minWords, o.share * size);
    let best: number[] = [];
    for (const s of likelySentences(a.tokens.hashes, start, end, holders, votes)) {
      // The subsequence holds at most the words of a's sentence found in b's: fewer than
      // `need`, and it cannot qualify, whatever the table would say.
      if (wordsIn(a.tokens.hashes, start, end, b.tokens.hashes, bSentences[s]!) < need) continue;
      const pairs = commonSubsequence(a.tokens.hashes, start, end, b.tokens.hashes, bSentences[s]!);
      if (pairs.length > best.length) best = pairs;
    }
    if (best.length / 2 >= need) out.push(...runsOf(best, covered));
  }
  return out;
}

/** What ends a sentence: . ! ? and their Chinese, Japanese, Arabic and Devanagari forms. */
export const SENTENCE_END = /[.!?。！？؟۔।]/;

// Per token list (cachedTokens gives one per text): a match compares the article being read
// with each candidate, and stored articles come back as candidates query after query.
const sentenceCache = new WeakMap<TokenList, [number, number][]>();
const holderCache = new WeakMap<TokenList, Map<number, number[]>>();

/** Sentences as [first word, end word) ranges: a new one after a sentence's end or a line break. */
export function sentencesOf(text: string, tokens: TokenList): [number, number][] {
  let out = sentenceCache.get(tokens);
  if (!out) sentenceCache.set(tokens, (out = splitSentences(text, tokens)));
  return out;
}

function splitSentences(text: string, tokens: TokenList): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let t = 1; t < tokens.starts.length; t++) {
    const between = text.slice(tokens.ends[t - 1], tokens.starts[t]);
    if (!SENTENCE_END.test(between) && !between.includes('\n')) continue;
    out.push([start, t]);
    start = t;
  }
  if (tokens.starts.length > 0) out.push([start, tokens.starts.length]);
  return out;
}

/** For each word of `tokens`, the sentences holding it, ascending. */
function sentencesByWord(
  tokens: TokenList,
  sentences: readonly [number, number][],
): Map<number, number[]> {
  const cached = holderCache.get(tokens);
  if (cached) return cached;
  const { hashes } = tokens;
  const holders = new Map<number, number[]>();
  holderCache.set(tokens, holders);
  sentences.forEach(([start, end], s) => {
    for (let t = start; t < end; t++) {
      const list = holders.get(hashes[t]!);
      if (!list) holders.set(hashes[t]!, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
  });
  return holders;
}

/**
 * The (at most two) sentences of the other text sharing the most distinct words with
 * a[start, end): the likeliest to hold its longest common subsequence. Words found in more
 * than `COMMON_SENTENCES` of them ("the", "said") do not vote: in a long text they are in
 * nearly every sentence, and counting their holders for every sentence took seconds.
 * `votes` (zero for every sentence) is scratch space, left zero again.
 */
function likelySentences(
  hashes: Uint32Array,
  start: number,
  end: number,
  holders: ReadonlyMap<number, number[]>,
  votes: Uint16Array,
): number[] {
  const touched: number[] = [];
  const seen = new Set<number>();
  for (let t = start; t < end; t++) {
    const list = holders.get(hashes[t]!);
    if (!list || list.length > COMMON_SENTENCES || seen.has(hashes[t]!)) continue;
    seen.add(hashes[t]!);
    for (const s of list) {
      if (votes[s] === 0) touched.push(s);
      votes[s] = votes[s]! + 1;
    }
  }
  let first = -1;
  let second = -1;
  for (const s of touched.sort((x, y) => x - y)) {
    if (first < 0 || votes[s]! > votes[first]!) [first, second] = [s, first];
    else if (second < 0 || votes[s]! > votes[second]!) second = s;
  }
  for (const s of touched) votes[s] = 0;
  return [first, second].filter((s) => s >= 0);
}

const COMMON_SENTENCES = 32;

/** How many words of a[aStart, aEnd) occur in b[bStart, bEnd). */
function wordsIn(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  [bStart, bEnd]: [number, number],
): number {
  const there = new Set(b.subarray(bStart, bEnd));
  let n = 0;
  for (let t = aStart; t < aEnd; t++) if (there.has(a[t]!)) n++;
  return n;
}

/** The longest common subsequence of a[aStart, aEnd) and b[bStart, bEnd) as (a, b) word pairs. */
function commonSubsequence(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  [bStart, bEnd]: [number, number],
): number[] {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  if (m > MAX_SENTENCE_WORDS) return [];
  // lengths[i * (m + 1) + j]: the longest common subsequence of a's words from i and b's from
  // j. One buffer for all calls: a long text has thousands of sentences.
  const lengths = LENGTHS.subarray(0, (n + 1) * (m + 1)).fill(0);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[i * (m + 1) + j] =
        a[aStart + i] === b[bStart + j]
          ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
  const pairs: number[] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[aStart + i] === b[bStart + j]) pairs.push(aStart + i++, bStart + j++);
    else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Word pairs (a, b, a, b...) not yet covered, as passages of words consecutive in both texts. */
function runsOf(pairs: readonly number[], covered: Uint8Array): WordPassage[] {
  const out: WordPassage[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const [i, j] = [pairs[k]!, pairs[k + 1]!];
    if (covered[i]) continue;
    const last = out[out.length - 1];
    if (last && last.aEnd === i && last.bEnd === j) {
      last.aEnd++;
      last.bEnd++;
      last.matched++;
    } else out.push({ aStart: i, aEnd: i + 1, bStart: j, bEnd: j + 1, matched: 1 });
  }
  return out;
}
