import type { ArticleRecord } from './article-record';
import type { ArticleLink, WiretraceDb } from './db';
import { countTitles, findByTitle } from './title-index';

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
  /** Imported and not yet compared with the store: `sharingOutlets` is not known yet. */
  linksPending: boolean;
}

/** The saved page's orders: newest first, or most other outlets sharing text first. */
export type ListOrder = 'newest' | 'shared';

export interface ArticlePage {
  rows: ArticleRow[];
  /** Number of stored articles matching the search, for paging. */
  total: number;
}

/**
 * Lists stored articles newest first (or, with `order` 'shared', those most other outlets
 * share text with first, newest first among equals), optionally only those whose title or
 * outlet contains `query` (case-insensitive), one page at a time so 100,000 records never
 * load at once: a search or the 'shared' order reads the title records (title-index.ts)
 * and the links, then only the page's articles.
 */
export async function listArticles(
  db: WiretraceDb,
  query: string,
  offset: number,
  limit: number,
  order: ListOrder = 'newest',
): Promise<ArticlePage> {
  const { total, articles, counts } = await pageOf(db, query.trim(), offset, limit, order);
  const ids = articles.map((a) => a.id);
  const [sharing, pending] = await Promise.all([
    counts ?? countSharingOutlets(db, ids),
    db.unlinked.bulkGet(ids),
  ]);
  const rows = articles.map((a, i) => ({
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    url: a.url,
    publishedTime: a.publishedTime,
    firstSeen: a.firstSeen,
    sharingOutlets: sharing.get(a.id) ?? 0,
    linksPending: pending[i] !== undefined,
  }));
  return { rows, total };
}

/**
 * How many distinct other outlets are linked to each of `ids`: two index reads for the
 * whole page, not two per row.
 */
export async function countSharingOutlets(
  db: WiretraceDb,
  ids: readonly number[],
): Promise<Map<number, number>> {
  const [asLo, asHi] = await Promise.all([
    db.links.where('lo').anyOf(ids).toArray(),
    db.links.where('hi').anyOf(ids).toArray(),
  ]);
  return outletCounts([...asLo, ...asHi]);
}

/** The page's article records, how many the listing holds in all, and (when read) the counts. */
async function pageOf(
  db: WiretraceDb,
  query: string,
  offset: number,
  limit: number,
  order: ListOrder,
): Promise<{ total: number; articles: ArticleRecord[]; counts?: Map<number, number> }> {
  if (!query && order === 'newest') {
    const [total, articles] = await Promise.all([
      countTitles(db),
      db.articles.orderBy('firstSeen').reverse().offset(offset).limit(limit).toArray(),
    ]);
    return { total, articles };
  }
  let ids = await findByTitle(db, query);
  // Every link read once: the page's counts are among them.
  const counts = order === 'shared' ? outletCounts(await db.links.toArray()) : undefined;
  if (counts) ids = mostSharedFirst(ids, counts);
  const records = await db.articles.bulkGet(ids.slice(offset, offset + limit));
  return { total: ids.length, articles: records.filter((r) => r !== undefined), counts };
}

/** How many distinct other outlets each article of `links` shares text with. */
function outletCounts(links: readonly ArticleLink[]): Map<number, number> {
  const outlets = new Map<number, Set<string>>();
  const add = (id: number, outlet: string) =>
    (outlets.get(id) ?? outlets.set(id, new Set()).get(id)!).add(outlet);
  for (const l of links) {
    add(l.lo, l.hiOutlet);
    add(l.hi, l.loOutlet);
  }
  return new Map([...outlets].map(([id, set]) => [id, set.size]));
}

/** `newest` (ids newest first) reordered by sharing outlets, most first; stable within equals. */
export function mostSharedFirst(
  newest: readonly number[],
  counts: ReadonlyMap<number, number>,
): number[] {
  return newest
    .map((id, rank) => ({ id, rank, n: counts.get(id) ?? 0 }))
    .sort((x, y) => y.n - x.n || x.rank - y.rank)
    .map((e) => e.id);
}
