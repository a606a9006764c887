import type { MatchReport } from '../match-result';
import { readArticle } from './article-record';
import type { StoredArticle, WiretraceDb } from './db';
import { DEFAULT_CANDIDATE_OPTIONS } from './find-candidates';
import { matchArticle } from './match-article';
import { saveLinksOf } from './save-article';

/** What one linking step did, and how many imported articles still wait. */
export interface LinkProgress {
  linked: number;
  remaining: number;
}

/** The most articles one step links: a few fit in its budget. */
const TAKE = 16;

/**
 * Counting the waiting ids walks them: 65-90 ms at 100,000 in Chromium, as much as a match.
 * While many wait, they are counted at most this often, ms; in between, the last count less
 * what was linked since is close enough to show.
 */
const COUNT_EVERY_MS = 5000;
const lastCount = new WeakMap<object, { count: number; at: number }>();

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
      // No related-story search: links are what it finds, not the popup's brief line.
      const report = await matchArticle(db, article, DEFAULT_CANDIDATE_OPTIONS, false);
      found.push({ article, report });
    } else gone.push(id);
    if (clock() - start >= budgetMs) break;
  }
  await saveLinksOf(db, found);
  await db.unlinked.bulkDelete(gone);
  return {
    linked: found.length,
    remaining: await remaining(db, ids.length < TAKE, found.length, clock()),
  };
}

/**
 * How many still wait: counted when few did (`few`: the step found fewer than it could
 * take, so the count is cheap and says exactly when none is left) or when the last count
 * is old; else estimated from it, never 0 while some may wait.
 */
async function remaining(db: WiretraceDb, few: boolean, linked: number, now: number) {
  const last = lastCount.get(db);
  if (few || !last || now - last.at >= COUNT_EVERY_MS) {
    const count = await db.unlinked.count();
    lastCount.set(db, { count, at: now });
    return count;
  }
  last.count = Math.max(1, last.count - linked);
  return last.count;
}
