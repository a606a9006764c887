import { plural } from './plural';

/** The time left is told once work has run this long, ms: its first steps say little of its pace. */
export const PACE_AFTER_MS = 5000;

/**
 * A reader's estimate of how long `remaining` items take at `perSecond`: rounded the way
 * people say it ("about 5 minutes left"), since the pace itself wavers by a third.
 * Null when the pace is unknown (nothing done yet).
 */
export function describeTimeLeft(remaining: number, perSecond: number): string | null {
  if (!(perSecond > 0) || !Number.isFinite(perSecond) || remaining <= 0) return null;
  const seconds = remaining / perSecond;
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${plural(minutes, 'minute')} left`;
  const hours = Math.round(seconds / 1800) / 2;
  return `about ${plural(hours, 'hour')} left`;
}
