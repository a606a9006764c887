import type { WiretraceDb } from './db';

/** One row of the saved-article page. */
export interface ArticleRow {
  id: number;
  outlet: string;
  title: string;
  url: string;
  publishedTime: string | null;
  firstSeen: number;
  /** How many other outlets share text with this article. */
  sharingOutlets: number;
}

export interface ArticlePage {
  rows: ArticleRow[];
  /** Number of stored articles matching the search, for paging. */
  total: number;
}

/**
 * Lists stored articles newest first, optionally only those whose title or outlet contains
 * `query` (case-insensitive), one page at a time so 100,000 records never load at once.
 */
export async function listArticles(
  db: WiretraceDb,
  query: string,
  offset: number,
  limit: number,
): Promise<ArticlePage> {
  const filtered = matchingArticles(db, query);
  const [total, articles] = await Promise.all([
    query.trim() ? filtered.clone().count() : db.articles.count(),
    filtered.offset(offset).limit(limit).toArray(),
  ]);
  const rows = await Promise.all(
    articles.map(async (a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      url: a.url,
      publishedTime: a.publishedTime,
      firstSeen: a.firstSeen,
      sharingOutlets: await countSharingOutlets(db, a.id),
    })),
  );
  return { rows, total };
}

/**
 * The stored articles the saved page's search finds, newest first: those whose title or
 * outlet contains `query` (case-insensitive), or all of them for an empty query.
 */
export function matchingArticles(db: WiretraceDb, query: string) {
  const needle = query.trim().toLocaleLowerCase();
  const newestFirst = db.articles.orderBy('firstSeen').reverse();
  return needle
    ? newestFirst.filter((a) => `${a.title}\n${a.outlet}`.toLocaleLowerCase().includes(needle))
    : newestFirst;
}

/** Distinct other outlets linked to an article. */
export async function countSharingOutlets(db: WiretraceDb, id: number): Promise<number> {
  const [asLo, asHi] = await Promise.all([
    db.links.where('lo').equals(id).toArray(),
    db.links.where('hi').equals(id).toArray(),
  ]);
  return new Set([...asLo.map((l) => l.hiOutlet), ...asHi.map((l) => l.loOutlet)]).size;
}
