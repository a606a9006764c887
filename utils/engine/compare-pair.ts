import { cachedTokens } from './cached-tokens';
import { chainFragments, keepSolid, mergeNearby, type WordPassage } from './chain-fragments';
import { anchoredRuns, rareWords } from './anchored-runs';
import { MIN_SOURCE_CUT } from './article-derivation';
import { classifyDerivation } from './classify-derivation';
import { rewordedSentences } from './reworded-sentences';
import { dropBoilerplate } from './drop-boilerplate';
import { extendEdges } from './extend-edges';
import { widenSpan } from './widen-span';
import { findExactRuns, pairOneToOne } from './find-fragments';
import { startsUpper, type TokenList } from './tokenize';
import type { PairScore, Passage } from './types';

/** Alignment settings: few and general. */
export interface AlignOptions {
  /** Shortest run of identical words used to seed a passage. */
  minRun: number;
  /** Most words skipped on either side to keep a passage going (re-spellings, edits). */
  maxGap: number;
  /** A passage needs at least this many identical words. */
  minWords: number;
  /** In related texts, short runs are kept when one of their words occurs at most this often. */
  anchoredMaxCount: number;
  /** ...provided solid passages and such runs hold at least this many words together. */
  minEvidence: number;
  /** ...and at least this share of the shorter text's words. */
  evidenceShare: number;
  /**
   * After merging, a passage with fewer identical words is too small to show ("on Tuesday"),
   * unless it is two capitalised words both rare in both texts: a name ("Palace Theatre").
   */
  minPassageWords: number;
}

const NO_PRINTS: ReadonlySet<number> = new Set();

export const ALIGN_OPTIONS: AlignOptions = {
  minRun: 2,
  maxGap: 4,
  minWords: 5,
  anchoredMaxCount: 2,
  minEvidence: 8,
  evidenceShare: 0.03,
  minPassageWords: 3,
};

/**
 * Aligns article `a` (the one being read) with article `b` and scores the pair: the shared
 * passages as exact character ranges into both original strings (sorted by position in `a`;
 * in a related pair, the words kept in reworded sentences too), the share of each article's
 * words they cover, the longest passage, and the derivation class.
 * `boilerplate`, fingerprints the store holds in too many articles, keeps passages that are
 * only a newsletter prompt or a copyright line from counting as shared text.
 */
export function comparePair(
  a: string,
  b: string,
  options: AlignOptions = ALIGN_OPTIONS,
  boilerplate: ReadonlySet<number> = NO_PRINTS,
): PairScore {
  const ta = cachedTokens(a);
  const tb = cachedTokens(b);
  const aligned = alignWords(ta.hashes, tb.hashes, options, ta.norms, (t) =>
    startsUpper(a, ta.starts[t]!),
  );
  const solid = extendEdges(dropBoilerplate(aligned, ta.hashes, boilerplate), ta.norms, tb.norms);
  const words = withRewordedSentences(
    { text: a, tokens: ta },
    { text: b, tokens: tb },
    solid,
    boilerplate,
  );
  const cut = percent(coveredWords(words, 'a'), ta.hashes.length);
  const paste = percent(coveredWords(words, 'b'), tb.hashes.length);
  const longestWords = words.reduce((m, p) => Math.max(m, p.aEnd - p.aStart), 0);
  return {
    cut,
    paste,
    longestWords,
    derivation: classifyDerivation(cut),
    passages: words.map((p) => toPassage(p, a, b, ta, tb)),
  };
}

/**
 * The shared passages of two word-hash sequences, in word indices; `aNorms`, the words of
 * `a`, lets short runs be judged by their words' length too.
 */
export function alignWords(
  a: Uint32Array,
  b: Uint32Array,
  o: AlignOptions = ALIGN_OPTIONS,
  aNorms?: readonly string[],
  aCapitalized: (t: number) => boolean = () => false,
): WordPassage[] {
  const runs = pairOneToOne(findExactRuns(a, b, o.minRun), a.length, b.length, o.minRun);
  const solid = keepSolid(chainFragments(runs, o.maxGap), o.minWords);
  const short = anchoredRuns(runs, solid, a, b, o, aNorms);
  const merged = mergeNearby(keepSolid([...solid, ...short], 1), o.maxGap);
  const isRare = rareWords(a, b, o.anchoredMaxCount, aNorms);
  // A name kept from the other text ("Palace Theatre") is shared text, and annotators of
  // reuse (METER) mark it so; short runs only exist here once the texts are related
  // (anchoredRuns). Two rare capitalised words: "weeks after" is a stock phrase.
  const isName = (p: WordPassage) =>
    p.matched === 2 &&
    p.aEnd - p.aStart === 2 &&
    [p.aStart, p.aStart + 1].every((t) => isRare(t) && aCapitalized(t));
  return merged.filter((p) => p.matched >= o.minPassageWords || isName(p));
}

/**
 * `passages` with the words of reworded sentences (reworded-sentences.ts), once the pair
 * shares as much as a source does (MIN_SOURCE_CUT): sentence by sentence rewording is how a
 * source is rewritten, while unrelated reports of one event share few whole sentences' words.
 */
function withRewordedSentences(
  a: { text: string; tokens: TokenList },
  b: { text: string; tokens: TokenList },
  passages: WordPassage[],
  boilerplate: ReadonlySet<number>,
): WordPassage[] {
  const words = a.tokens.hashes.length;
  if (percent(coveredWords(passages, 'a'), words) < MIN_SOURCE_CUT) return passages;
  const covered = new Uint8Array(words);
  for (const p of passages) covered.fill(1, p.aStart, p.aEnd);
  const reworded = dropBoilerplate(rewordedSentences(a, b, covered), a.tokens.hashes, boilerplate);
  return [...passages, ...reworded].sort((x, y) => x.aStart - y.aStart);
}

function coveredWords(passages: readonly WordPassage[], side: 'a' | 'b'): number {
  const ranges = passages
    .map((p) => (side === 'a' ? [p.aStart, p.aEnd] : [p.bStart, p.bEnd]) as [number, number])
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = 0;
  for (const [s, e] of ranges) {
    if (e > reach) total += e - Math.max(s, reach);
    reach = Math.max(reach, e);
  }
  return total;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

function toPassage(p: WordPassage, a: string, b: string, ta: TokenList, tb: TokenList): Passage {
  return {
    a: widenSpan(a, { start: ta.starts[p.aStart]!, end: ta.ends[p.aEnd - 1]! }),
    b: widenSpan(b, { start: tb.starts[p.bStart]!, end: tb.ends[p.bEnd - 1]! }),
  };
}
