/**
 * Whether `other` was published after `self`, both from page metadata (ISO 8601). Text that
 * appeared later cannot be where an article's words come from: such a match is a copy of the
 * article, not a source. False when either time is unknown or unparseable.
 */
export function publishedAfter(
  other: string | null | undefined,
  self: string | null | undefined,
): boolean {
  const a = parseTime(other);
  const b = parseTime(self);
  return a !== null && b !== null && a > b;
}

/** Milliseconds since the epoch of an ISO 8601 time, or null when absent or unparseable. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}
