import type { WiretraceDb } from './db';
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

export interface ArticlePage {
  rows: ArticleRow[];
  /** Number of stored articles matching the search, for paging. */
  total: number;
}

/**
 * Lists stored articles newest first, optionally only those whose title or outlet contains
 * `query` (case-insensitive), one page at a time so 100,000 records never load at once: a
 * search reads the title records (title-index.ts), then only the page's articles.
 */
export async function listArticles(
  db: WiretraceDb,
  query: string,
  offset: number,
  limit: number,
): Promise<ArticlePage> {
  const [total, articles] = query.trim()
    ? await findByTitle(db, query).then(async (ids) => {
        const page = ids.slice(offset, offset + limit);
        const records = await db.articles.bulkGet(page);
        return [ids.length, records.filter((r) => r !== undefined)] as const;
      })
    : await Promise.all([
        countTitles(db),
        db.articles.orderBy('firstSeen').reverse().offset(offset).limit(limit).toArray(),
      ]);
  const ids = articles.map((a) => a.id);
  const [sharing, pending] = await Promise.all([
    countSharingOutlets(db, ids),
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
  const outlets = new Map<number, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const l of asLo) outlets.get(l.lo)?.add(l.hiOutlet);
  for (const l of asHi) outlets.get(l.hi)?.add(l.loOutlet);
  return new Map([...outlets].map(([id, set]) => [id, set.size]));
}
