import type { ArticleMatch, MatchReport } from './match-result';

/**
 * The left column of a side-by-side view: a stored article, or the article read in a tab and
 * not stored (saving automatically turned off), which the background still holds for the tab.
 */
export type CompareFrom = { id: number } | { tabId: number };

/** Two articles to show side by side: `from`'s text on the left, stored `otherId` right. */
export type ComparePair = CompareFrom & { otherId: number };

const HASH = /^#compare=(tab)?(\d{1,15})-(\d{1,15})$/;

/**
 * The saved page's address for two articles side by side. A hash, not a query, so that the
 * saved page switches to it without reloading and the popup can open it in a tab.
 */
export function compareHref(pair: ComparePair): string {
  const from = 'tabId' in pair ? `tab${pair.tabId}` : String(pair.id);
  return `/saved.html#compare=${from}-${pair.otherId}`;
}

/** The pair a saved-page hash names, or null for any other hash (or a malformed one). */
export function parseCompareHash(hash: string): ComparePair | null {
  const m = HASH.exec(hash);
  if (!m) return null;
  const from = Number(m[2]);
  const otherId = Number(m[3]);
  // Store ids start at 1; an article compared with itself has nothing to show. Tab ids are
  // the browser's, from 0.
  if (otherId < 1) return null;
  if (m[1]) return { tabId: from, otherId };
  if (from < 1 || from === otherId) return null;
  return { id: from, otherId };
}

/**
 * The match for `otherId` in an article's report, wherever the report lists it: other
 * outlets, the same outlet, or pairs that share only stock phrases.
 */
export function findMatch(report: MatchReport, otherId: number): ArticleMatch | null {
  const all = [...report.otherOutlets, ...report.sameOutlet, ...report.chanceOverlaps];
  return all.find((m) => m.articleId === otherId) ?? null;
}
