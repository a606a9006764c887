import type { WiretraceDb } from './db';
import { deleteLinksOf } from './save-article';

/**
 * Deletes one article with its fingerprints and links. The fingerprints' multiEntry index is
 * the document-frequency table, so deleting them updates frequencies in the same transaction.
 */
export async function deleteArticle(db: WiretraceDb, id: number): Promise<void> {
  await db.transaction('rw', db.articles, db.prints, db.links, async () => {
    await db.articles.delete(id);
    await db.prints.delete(id);
    await deleteLinksOf(db, id);
  });
}

/** Deletes everything Wiretrace has stored. */
export async function deleteAllArticles(db: WiretraceDb): Promise<void> {
  await db.transaction('rw', db.articles, db.prints, db.links, async () => {
    await Promise.all([db.articles.clear(), db.prints.clear(), db.links.clear()]);
  });
}
