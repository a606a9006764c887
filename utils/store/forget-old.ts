import type { WiretraceDb } from './db';
import { deleteArticles } from './delete-articles';

/**
 * Articles deleted a transaction at a time (each all or nothing), as many as an import
 * batch stores. Deleting an article rewrites every posting block holding one of its ~160
 * prints, and a thousand articles' prints fall in nearly all the blocks: at 100,000 stored,
 * Chromium took 7.7 s for a chunk of 1,000 (128 articles/s) and 11.5 s for one of 2,000
 * (174/s). A page read arriving meanwhile waits for the chunk, so chunks stay at 1,000.
 */
const FORGET_CHUNK = 1000;

/** What one forgetting step did. */
export interface ForgetProgress {
  deleted: number;
  /** Some articles past the cutoff may remain: send another step. */
  more: boolean;
}

const readBefore = (db: WiretraceDb, cutoff: number) => db.articles.where('lastSeen').below(cutoff);

/** How many stored articles were last read before `cutoff` (ms). */
export function countReadBefore(db: WiretraceDb, cutoff: number): Promise<number> {
  return readBefore(db, cutoff).count();
}

/**
 * Deletes articles last read before `cutoff`, with their fingerprints and links
 * (deleteArticles), a chunk at a time until `budgetMs` has passed (after one chunk at
 * least): deleting tens of thousands takes minutes, so one request must stay short, and a
 * page read arriving meanwhile waits for one chunk at most.
 */
export async function forgetReadBefore(
  db: WiretraceDb,
  cutoff: number,
  budgetMs: number,
  clock: () => number = () => performance.now(),
  chunk = FORGET_CHUNK,
): Promise<ForgetProgress> {
  const start = clock();
  let deleted = 0;
  for (;;) {
    const ids = await readBefore(db, cutoff).limit(chunk).primaryKeys();
    await deleteArticles(db, ids);
    deleted += ids.length;
    if (ids.length < chunk) return { deleted, more: false };
    if (clock() - start >= budgetMs) return { deleted, more: true };
  }
}
