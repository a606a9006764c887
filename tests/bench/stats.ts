/** Median and 95th percentile (nearest rank) of timing samples, in ms, rounded to 0.1. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Summarises samples; NaN figures for an empty list. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  if (sorted.length === 0) return { median: NaN, p95: NaN, n: 0 };
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), p95: round(at(0.95)), n: sorted.length };
}
