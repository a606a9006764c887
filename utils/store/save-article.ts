import { pickExtracted, type ExtractedArticle } from '../article';
import { cachedTokens } from '../engine/cached-tokens';
import type { MatchReport } from '../match-result';
import { writePrints } from './article-prints';
import { toRecord, urlKey, type ArticleRecord } from './article-record';
import { forgetCappedPrints } from './capped-prints';
import type { ArticleLink, StoredArticle, WiretraceDb } from './db';
import { titleEntry } from './title-blocks';
import { putTitles } from './title-index';

/** Finds the stored record for a canonical URL, if any (its URL hash, then the URL itself). */
export function findByUrl(db: WiretraceDb, url: string): Promise<ArticleRecord | undefined> {
  return db.articles
    .where('urlKey')
    .equals(urlKey(url))
    .filter((a) => a.url === url)
    .first();
}

/**
 * Stores an article with its fingerprints in one transaction: a revisit of the same canonical
 * URL updates the record in place and keeps its first-seen time. Returns the stored record.
 */
export async function saveArticle(
  db: WiretraceDb,
  article: ExtractedArticle,
  hashes: readonly number[],
  now: number = Date.now(),
): Promise<StoredArticle> {
  const tables = [db.articles, db.prints, db.postings, db.titles];
  const saved = await db.transaction('rw', tables, async () => {
    const existing = await findByUrl(db, article.url);
    const record = {
      ...pickExtracted(article),
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
      // The engine's words, which cut % counts, already tokenised to fingerprint the text.
      wordCount: cachedTokens(article.text).hashes.length,
      ...(existing ? { id: existing.id } : {}),
    } as StoredArticle;
    const id = (await db.articles.put(toRecord(record))) as number;
    await putTitles(db.titles, [titleEntry({ ...record, id })]);
    await writePrints(db, [{ articleId: id, hashes }], existing ? [id] : []);
    return { record: { ...record, id }, replaced: existing !== undefined };
  });
  // A revisit replaces the article's fingerprints: some frequencies may have dropped.
  if (saved.replaced) forgetCappedPrints(db);
  return saved.record;
}

/**
 * Records which other-outlet articles share text with `article`, replacing older links:
 * its links are now known, so it is no longer waiting to be linked (link-imported.ts).
 */
export function saveLinks(
  db: WiretraceDb,
  article: StoredArticle,
  report: MatchReport,
): Promise<void> {
  return saveLinksOf(db, [{ article, report }]);
}

/**
 * `saveLinks` for several articles in one transaction and a few requests, whatever their
 * number (16 one after another took 40-90 ms in Chromium). A pair two of them report is
 * linked once; a pair one of them no longer reports, when the other does, stays linked.
 */
export async function saveLinksOf(
  db: WiretraceDb,
  matched: readonly { article: StoredArticle; report: MatchReport }[],
): Promise<void> {
  const links: ArticleLink[] = matched.flatMap(({ article, report }) =>
    report.otherOutlets.map((m) =>
      article.id < m.articleId
        ? { lo: article.id, hi: m.articleId, loOutlet: article.outlet, hiOutlet: m.outlet }
        : { lo: m.articleId, hi: article.id, loOutlet: m.outlet, hiOutlet: article.outlet },
    ),
  );
  const own = matched.map((m) => m.article.id);
  await db.transaction('rw', [db.articles, db.links, db.unlinked], async () => {
    // The reports were made outside this transaction: an article deleted since gets no
    // link, or "Shared by" would count it. Keys only, not the records' texts.
    const ids = [...new Set([...own, ...links.flatMap((l) => [l.lo, l.hi])])];
    const present = new Set(await db.articles.where(':id').anyOf(ids).primaryKeys());
    await deleteLinksOf(db, own);
    await db.unlinked.bulkDelete(own);
    await db.links.bulkPut(links.filter((l) => present.has(l.lo) && present.has(l.hi)));
  });
}

/** Removes every link that involves one of `articleIds`. */
export async function deleteLinksOf(db: WiretraceDb, articleIds: readonly number[]): Promise<void> {
  await db.links.where('lo').anyOf(articleIds).delete();
  await db.links.where('hi').anyOf(articleIds).delete();
}
