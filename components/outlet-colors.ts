/** Distinguishable highlight colours, one per matching outlet in list order. */
const PALETTE = ['#ffd95a', '#9fe0c8', '#b9c8ff', '#ffb3c1', '#d4b8ff', '#ffc999'];

/** Colour for the i-th match. */
export function outletColor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
