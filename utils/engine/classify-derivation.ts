import type { Derivation } from './types';

/** The two thresholds of the derivation classes, chosen on METER's showbiz development split. */
export interface DerivationThresholds {
  /** Cut % from which an article is wholly derived. */
  wholly: number;
  /** Cut % from which an article is at least partially derived. */
  partially: number;
}

export const DERIVATION_THRESHOLDS: DerivationThresholds = { wholly: 50, partially: 15 };

/**
 * METER's classes from how much of an article is shared (cut %, 0-100): wholly derived when
 * at least half of it is; partially derived when a real share is; else not derived (names, quotes of
 * the same statement and a stray phrase are what independent reports of one event share).
 */
export function classifyDerivation(
  cut: number,
  t: DerivationThresholds = DERIVATION_THRESHOLDS,
): Derivation {
  if (cut >= t.wholly) return 'wholly';
  if (cut >= t.partially) return 'partially';
  return 'non';
}
