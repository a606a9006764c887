import type { MatchReport } from '../match-result';
import { readArticle } from './article-record';
import type { StoredArticle, WiretraceDb } from './db';
import { DEFAULT_CANDIDATE_OPTIONS } from './find-candidates';
import { matchArticle } from './match-article';
import { saveLinks } from './save-article';

/** What one linking step did, and how many imported articles still wait. */
export interface LinkProgress {
  linked: number;
  remaining: number;
}

/** The most articles one step links: a few fit in its budget. */
const TAKE = 16;

/**
 * Finds which other outlets share text with imported articles, as reading each page would
 * have: matches each waiting article against the whole store and records its links, newest
 * id first, until `budgetMs` has passed (after one article at least), so that one request
 * stays short and a page read arriving meanwhile is not held up for long. As when a page is
 * read again, an article's links are replaced by what its own match finds.
 */
export async function linkImported(
  db: WiretraceDb,
  budgetMs: number,
  clock: () => number = () => performance.now(),
): Promise<LinkProgress> {
  const start = clock();
  const found: { article: StoredArticle; report: MatchReport }[] = [];
  const gone: number[] = [];
  // Newest id first: an import file lists the oldest articles first, and the saved page
  // the newest first, so the rows a reader sees on top are linked first.
  const ids = await db.unlinked.reverse().limit(TAKE).primaryKeys();
  for (const id of ids) {
    const record = await db.articles.get(id);
    if (record) {
      const article = readArticle(record);
      const report = await matchArticle(db, article, DEFAULT_CANDIDATE_OPTIONS, false);
      found.push({ article, report });
    } else gone.push(id);
    if (clock() - start >= budgetMs) break;
  }
  // One transaction for the step's links: one commit instead of one per article.
  await db.transaction('rw', [db.articles, db.links, db.unlinked], async () => {
    for (const { article, report } of found) await saveLinks(db, article, report);
    await db.unlinked.bulkDelete(gone);
  });
  return { linked: found.length, remaining: await db.unlinked.count() };
}
