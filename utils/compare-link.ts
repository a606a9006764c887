import type { ArticleMatch, MatchReport } from './match-result';

/** Two stored articles to show side by side: `id`'s text on the left. */
export interface ComparePair {
  id: number;
  otherId: number;
}

const HASH = /^#compare=(\d{1,15})-(\d{1,15})$/;

/**
 * The saved page's address for two stored articles side by side. A hash, not a query, so
 * that the saved page switches to it without reloading and the popup can open it in a tab.
 */
export function compareHref(pair: ComparePair): string {
  return `/saved.html#compare=${pair.id}-${pair.otherId}`;
}

/** The pair a saved-page hash names, or null for any other hash (or a malformed one). */
export function parseCompareHash(hash: string): ComparePair | null {
  const m = HASH.exec(hash);
  if (!m) return null;
  const id = Number(m[1]);
  const otherId = Number(m[2]);
  // Store ids start at 1; an article compared with itself has nothing to show.
  if (id < 1 || otherId < 1 || id === otherId) return null;
  return { id, otherId };
}

/**
 * The match for `otherId` in an article's report, wherever the report lists it: other
 * outlets, the same outlet, or pairs that share only stock phrases.
 */
export function findMatch(report: MatchReport, otherId: number): ArticleMatch | null {
  const all = [...report.otherOutlets, ...report.sameOutlet, ...report.chanceOverlaps];
  return all.find((m) => m.articleId === otherId) ?? null;
}
