import { tokenize } from '../../../utils/engine/tokenize';
import { BOILERPLATE } from '../generator/boilerplate';

/** A character range, end excluded. */
export interface Range {
  start: number;
  end: number;
}

/** How much a listed pair really shares, once the generator's boilerplate is set aside. */
export type SharedKind = 'boilerplate' | 'chance' | 'reuse';

/**
 * Words of one passage outside boilerplate from which a pair shares text (not just a
 * newsletter prompt): the engine's own passage floor.
 */
export const MIN_SHARED_WORDS = 5;
/**
 * Words of one passage outside boilerplate from which sharing is reuse rather than a common
 * phrase ("meeting with Russian President Vladimir Putin"): the engine's `minLongest` for a
 * partial derivation.
 */
export const MIN_REUSE_WORDS = 8;

/** Where the known boilerplate sentences occur in `text`. */
export function boilerplateRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const sentence of BOILERPLATE) {
    for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
      ranges.push({ start: at, end: at + sentence.length });
    }
  }
  return ranges;
}

/**
 * Classifies what the passages (ranges of `text`) share outside boilerplate sentences:
 * 'boilerplate' (fewer than MIN_SHARED_WORDS words left), 'chance' (only short common
 * phrases, no passage with MIN_REUSE_WORDS words left) or 'reuse'.
 */
export function sharedKind(text: string, passages: readonly Range[]): SharedKind {
  const boiler = boilerplateRanges(text);
  let total = 0;
  let longest = 0;
  for (const p of passages) {
    const mask = new Uint8Array(p.end - p.start).fill(1);
    for (const b of boiler)
      mask.fill(0, Math.max(0, b.start - p.start), Math.max(0, b.end - p.start));
    let kept = '';
    for (let i = 0; i < mask.length; i++) kept += mask[i] ? text[p.start + i] : '\n';
    for (const piece of kept.split('\n')) {
      const words = tokenize(piece).norms.length;
      total += words;
      longest = Math.max(longest, words);
    }
  }
  if (total < MIN_SHARED_WORDS) return 'boilerplate';
  return longest < MIN_REUSE_WORDS ? 'chance' : 'reuse';
}
