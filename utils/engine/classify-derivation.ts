import type { Derivation } from './types';

/** The few thresholds of the derivation classes, chosen on METER's showbiz development split. */
export interface DerivationThresholds {
  /** Cut % from which an article is wholly derived. */
  wholly: number;
  /** Cut % from which an article is at least partially derived. */
  partially: number;
  /** A partial derivation also needs one passage at least this long (words). */
  minLongest: number;
}

export const DERIVATION_THRESHOLDS: DerivationThresholds = {
  wholly: 60,
  partially: 15,
  minLongest: 8,
};

/**
 * METER's classes from how much of an article is shared (cut %, 0-100) and its longest
 * shared passage: wholly derived when most of it is shared; partially derived when a real
 * share is, carried by at least one long passage (names and short quotes alone are not
 * reuse); else not derived.
 */
export function classifyDerivation(
  cut: number,
  longestWords: number,
  t: DerivationThresholds = DERIVATION_THRESHOLDS,
): Derivation {
  if (cut >= t.wholly && longestWords >= t.minLongest) return 'wholly';
  if (cut >= t.partially && longestWords >= t.minLongest) return 'partially';
  return 'non';
}
