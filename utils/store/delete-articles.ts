import type { WiretraceDb } from './db';
import { forgetCappedPrints } from './capped-prints';
import { deletePrints } from './article-prints';
import { deleteLinksOf } from './save-article';

/**
 * Deletes one article with its fingerprints, postings and links. The postings are the
 * document-frequency table, so deleting them updates frequencies in the same transaction.
 */
export async function deleteArticle(db: WiretraceDb, id: number): Promise<void> {
  forgetCappedPrints(db);
  await db.transaction('rw', db.articles, db.prints, db.postings, db.links, async () => {
    await deletePrints(db, id);
    await db.articles.delete(id);
    await deleteLinksOf(db, id);
  });
  // Again once committed: a retrieval that read the store meanwhile must not leave a stale entry.
  forgetCappedPrints(db);
}

/** Deletes everything Wiretrace has stored. */
export async function deleteAllArticles(db: WiretraceDb): Promise<void> {
  forgetCappedPrints(db);
  await db.transaction('rw', [db.articles, db.prints, db.postings, db.links], async () => {
    await Promise.all([
      db.articles.clear(),
      db.prints.clear(),
      db.postings.clear(),
      db.links.clear(),
    ]);
  });
  forgetCappedPrints(db);
}
