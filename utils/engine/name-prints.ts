import { cachedTokens } from './cached-tokens';
import { mixHash } from './hash';
import { startsUpper } from './tokenize';

// Mixed into every name print, so that a name never hashes like a word shingle.
const NAME_SALT = 0x6e616d65;
// Between the two words of a name: a space, nothing else ("Beckham. The" is two sentences).
const NAME_GAP = /^[ \u00a0]$/;
// Before a sentence's first word, which is capitalised whatever it is ("The", "But").
const SENTENCE_GAP = /[.!?:;"“”\n]/;

/**
 * Prints of the names in a text: each pair of consecutive capitalised words ("Rowan Atkinson",
 * "Palace Theatre"), hashed from their normalised forms, unless the first opens a sentence.
 * A brief rewritten from a wire story may share no run of words long enough for the shingle
 * prints, yet it names the same people and places. Names held by very many stored articles
 * ("Prime Minister") are capped as boilerplate like any other print. Scripts without case
 * have none. Articles stored before name prints existed get them when read again or
 * imported; until then a brief only finds them through shared runs of words, as before.
 */
export function namePrints(text: string): number[] {
  const { hashes, starts, ends } = cachedTokens(text);
  const prints = new Set<number>();
  // Whether the previous word is capitalised and does not open a sentence.
  let opensName = false;
  for (let t = 0; t < hashes.length; t++) {
    const gap = t === 0 ? '\n' : text.slice(ends[t - 1]!, starts[t]!);
    const upper = startsUpper(text, starts[t]!);
    if (upper && opensName && NAME_GAP.test(gap))
      prints.add(mixHash(mixHash(NAME_SALT, hashes[t - 1]!), hashes[t]!));
    opensName = upper && !SENTENCE_GAP.test(gap);
  }
  return [...prints].sort((x, y) => x - y);
}
