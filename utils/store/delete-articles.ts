import type { WiretraceDb } from './db';
import { forgetCappedPrints } from './capped-prints';
import { deletePrints } from './article-prints';
import { deleteTitles, findByTitle } from './title-index';
import { deleteLinksOf } from './save-article';

/**
 * Deletes articles with their fingerprints, postings and links (or their place in the queue
 * of articles to link), all or none. The postings are the document-frequency table, so
 * deleting them updates frequencies in the same transaction; many articles are taken out of the posting blocks in one pass, as an import
 * adds them.
 */
export async function deleteArticles(db: WiretraceDb, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  forgetCappedPrints(db);
  const tables = [db.articles, db.prints, db.postings, db.links, db.titles, db.unlinked];
  await db.transaction('rw', tables, async () => {
    await deletePrints(db, ids);
    await db.articles.bulkDelete([...ids]);
    await deleteTitles(db.titles, ids);
    await deleteLinksOf(db, ids);
    await db.unlinked.bulkDelete([...ids]);
  });
  // Again once committed: a retrieval that read the store meanwhile must not leave a stale entry.
  forgetCappedPrints(db);
}

/** Deletes one article (deleteArticles). */
export function deleteArticle(db: WiretraceDb, id: number): Promise<void> {
  return deleteArticles(db, [id]);
}

/** Deletes every article the saved page's search `query` finds; returns how many. */
export async function deleteMatching(db: WiretraceDb, query: string): Promise<number> {
  const ids = await findByTitle(db, query);
  await deleteArticles(db, ids);
  return ids.length;
}

/** Deletes everything Wiretrace has stored. */
export async function deleteAllArticles(db: WiretraceDb): Promise<void> {
  forgetCappedPrints(db);
  await db.transaction(
    'rw',
    [db.articles, db.prints, db.postings, db.links, db.titles, db.unlinked],
    async () => {
      await Promise.all([
        db.articles.clear(),
        db.titles.clear(),
        db.prints.clear(),
        db.postings.clear(),
        db.links.clear(),
        db.unlinked.clear(),
      ]);
    },
  );
  forgetCappedPrints(db);
}
