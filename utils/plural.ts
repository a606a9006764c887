/** "1 article", "2 articles", "70,000 articles": a count and its noun, for the reader. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;
}
