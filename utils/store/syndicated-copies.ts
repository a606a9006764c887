/**
 * When most of an article's fingerprints are held by more stored articles than the retrieval
 * cap, the article is not carrying a few boilerplate lines: it is one more copy of a text the
 * store holds many times (a wire story run by dozens of outlets). Its too-common prints are
 * then read anyway (the first cap + 1 holders of each, oldest first): the articles found
 * among the holders of most of them are copies of the same text, and the prints they hold
 * are that text, not boilerplate. Boilerplate lines are held by unrelated articles, whose
 * first holders differ from one line to the next, so they stay boilerplate.
 */
export const SYNDICATED_SHARE = 0.5;

export interface Copies {
  /** Stored copies: article id → how many of the query's capped prints it holds. */
  shared: Map<number, number>;
  /** The capped prints that are the copied text (to count, and not to treat as boilerplate). */
  textPrints: Set<number>;
}

/** Copies among the holders of the capped prints (`holders`: each capped print's first holders). */
export function findCopies(
  holders: ReadonlyMap<number, readonly number[]>,
  excludeId?: number,
): Copies {
  const held = new Map<number, number>();
  for (const ids of holders.values())
    for (const id of ids) if (id !== excludeId) held.set(id, (held.get(id) ?? 0) + 1);
  const copies = new Set(
    [...held].filter(([, n]) => n >= SYNDICATED_SHARE * holders.size).map(([id]) => id),
  );
  const shared = new Map<number, number>();
  const textPrints = new Set<number>();
  if (copies.size === 0) return { shared, textPrints };
  for (const [hash, ids] of holders) {
    const ofCopies = ids.filter((id) => copies.has(id));
    if (ofCopies.length < SYNDICATED_SHARE * Math.min(copies.size, ids.length)) continue;
    textPrints.add(hash);
    for (const id of ofCopies) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return { shared, textPrints };
}
