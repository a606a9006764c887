/**
 * The store's retrieval (postings per fingerprint, document-frequency cap, candidates ranked by
 * shared prints) over in-memory maps: it times the engine apart from IndexedDB, whose cost in
 * Node is fake-indexeddb's, not a browser's.
 */
export class InMemoryIndex {
  private readonly postings = new Map<number, number[]>();

  /** Adds one article's fingerprints. */
  add(id: number, hashes: readonly number[]): void {
    for (const h of hashes) {
      const list = this.postings.get(h);
      if (list) list.push(id);
      else this.postings.set(h, [id]);
    }
  }

  /** Up to `limit` ids sharing the most prints with `hashes`, ignoring prints held by more than `cap` articles. */
  candidates(hashes: readonly number[], cap = 100, limit = 24): number[] {
    const counts = new Map<number, number>();
    for (const h of hashes) {
      const ids = this.postings.get(h);
      if (!ids || ids.length > cap) continue;
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
