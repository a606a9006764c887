/**
 * How long saved articles are kept: forever (the default) or a period after the reader last
 * read them. Years of reading take disk (some 6 kB an article) and say what someone read;
 * a reader may want Wiretrace to forget by itself, as a browser's history does.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The periods offered, in days, with what the page calls them; null is "forever". */
export const KEEP_CHOICES: readonly { days: number | null; label: string }[] = [
  { days: null, label: 'forever' },
  { days: 730, label: '2 years' },
  { days: 365, label: '1 year' },
  { days: 180, label: '6 months' },
  { days: 90, label: '3 months' },
  { days: 30, label: '1 month' },
];

/** A stored or requested period, checked: one of the choices, else null (keep forever). */
export function readKeepDays(value: unknown): number | null {
  return KEEP_CHOICES.some((c) => c.days !== null && c.days === value) ? (value as number) : null;
}

/** Whether `value` is a period a request may ask for (a choice other than forever). */
export function isKeepDays(value: unknown): value is number {
  return readKeepDays(value) !== null;
}

/** What the page calls a period: "3 months", or "forever". */
export function keepLabel(days: number | null): string {
  return KEEP_CHOICES.find((c) => c.days === days)?.label ?? 'forever';
}

/** Articles last read before this time (ms) are past the period; null when kept forever. */
export function keepCutoff(days: number | null, now: number): number | null {
  return days === null ? null : now - days * DAY_MS;
}
