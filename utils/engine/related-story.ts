import { cachedTokens } from './cached-tokens';
import { tokenize } from './tokenize';

/**
 * Up to this many words an article is a brief: a few lines an outlet rewrites from a wire
 * story, often keeping no run of words long enough to be a shared passage, only its names
 * and rarer words ("A plaque to comic Jo Bloggs was unveiled at the Grand Theatre").
 */
export const BRIEF_MAX_WORDS = 150;

/**
 * Least similarity (below) for a related story, between the two measured distributions
 * (`npx tsx tests/bench/related-story-probe.ts`, tests/bench/RESULTS.md): METER briefs found
 * their own story's PA text at 0.133 and up (70 of 71); stretches of unrelated real news
 * pages scored at most 0.103, but for one photo caption at 0.130 (35 words against a stored
 * 60-word caption; 100-word stretches at most 0.101). The popup shows the shared words so
 * the reader can judge a link this weak for themselves.
 */
export const RELATED_MIN_SIMILARITY = 0.12;

/** Shared words shown to say why a story is related, rarest and longest first. */
export const RELATED_SHOWN_WORDS = 6;

/** Fewest candidates for a word that all of them hold to count as common (never shown). */
const COMMON_MIN_CANDIDATES = 3;

export interface RelatedCandidate {
  id: number;
  text: string;
}

export interface RelatedPick {
  id: number;
  /** Cosine similarity of the two texts' word sets, each word weighted by its rarity. */
  similarity: number;
  /** Shared words as the brief spells them, rarest and longest first (sharedWords). */
  words: string[];
}

/** Whether `text` is short enough to be looked up as a brief (BRIEF_MAX_WORDS). */
export function isBrief(text: string): boolean {
  return cachedTokens(text).hashes.length <= BRIEF_MAX_WORDS;
}

/**
 * The candidate telling the same story as `text`, for a brief that shares no passage with
 * any of them: the most similar by distinct words, each weighted by its inverse document
 * frequency among the n candidates, ln(1 + (n + 1) / (df + 1)), as cosine similarity, so
 * that a long text holding many words by chance does not win. A word every candidate holds
 * still weighs ln 2 (a sixth of the weight of a word one in 150 holds) rather than nothing,
 * so a store holding only copies of one story still finds it for a brief. Null below
 * RELATED_MIN_SIMILARITY.
 */
export function relatedStory(
  text: string,
  candidates: readonly RelatedCandidate[],
): RelatedPick | null {
  const best = mostSimilar(text, candidates);
  if (!best || best.similarity < RELATED_MIN_SIMILARITY) return null;
  return {
    id: candidates[best.index]!.id,
    similarity: best.similarity,
    words: sharedWords(text, best),
  };
}

/** The most similar candidate as `relatedStory` measures it, however low (null for none). */
export function mostSimilar(text: string, candidates: readonly RelatedCandidate[]): Similar | null {
  // Words by their 32-bit hashes (tokenize's): numbers make the 150 candidates' sets and
  // counts several times cheaper than strings, and a rare collision only merges two counts.
  const sets = candidates.map((c) => new Set(tokenize(c.text).hashes));
  const frequency = new Map<number, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const n = sets.length;
  const squared = new Map<number, number>();
  for (const [w, df] of frequency) squared.set(w, Math.log(1 + (n + 1) / (df + 1)) ** 2);
  const absent = Math.log(1 + (n + 1)) ** 2;
  const weight = (w: number) => Math.sqrt(squared.get(w) ?? absent);
  const asked = [...new Set(cachedTokens(text).hashes)];
  let queryLength = 0;
  for (const w of asked) queryLength += squared.get(w) ?? absent;
  queryLength = Math.sqrt(queryLength);
  let index = -1;
  let similarity = 0;
  sets.forEach((set, i) => {
    let dot = 0;
    for (const w of asked) if (set.has(w)) dot += squared.get(w)!;
    if (dot === 0) return;
    let length = 0;
    for (const w of set) length += squared.get(w)!;
    const s = dot / (queryLength * Math.sqrt(length));
    if (s > similarity) ((index = i), (similarity = s));
  });
  if (index < 0) return null;
  // Two candidates holding a word may be two copies of the brief's own story, so a word
  // counts as common only when more candidates than that all hold it.
  const everywhere = (w: number) => n >= COMMON_MIN_CANDIDATES && frequency.get(w) === n;
  return { index, similarity, words: sets[index]!, weight, everywhere };
}

/** The candidate most similar to a text, and how its words were weighed. */
interface Similar {
  index: number;
  similarity: number;
  /** The candidate's distinct words (hashes). */
  words: ReadonlySet<number>;
  weight: (w: number) => number;
  /** Whether every candidate holds the word: it says nothing of which story is told. */
  everywhere: (w: number) => boolean;
}

/**
 * The brief's words found in the candidate, each once, as the brief spells them, by rarity
 * among the candidates times length: among a few candidates rarity cannot tell a function
 * word from the story's own names ("between" and "Brovchenko" are equally rare in two
 * copies of one story), and length can, since a language's frequent words are its short
 * ones. No word every candidate holds, unless there is no other (a store of copies).
 */
function sharedWords(text: string, { words, weight, everywhere }: Similar): string[] {
  const { hashes, norms, starts, ends } = cachedTokens(text);
  const spelled = new Map<number, { norm: string; word: string }>();
  hashes.forEach((w, i) => {
    if (words.has(w) && !spelled.has(w))
      spelled.set(w, { norm: norms[i]!, word: text.slice(starts[i]!, ends[i]!) });
  });
  const shared = [...spelled.keys()];
  const telling = shared.filter((w) => !everywhere(w));
  const length = (w: number) => spelled.get(w)!.norm.length;
  return (telling.length > 0 ? telling : shared)
    .sort((x, y) => weight(y) * length(y) - weight(x) * length(x))
    .slice(0, RELATED_SHOWN_WORDS)
    .map((w) => spelled.get(w)!.word);
}
