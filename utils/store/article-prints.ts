import { printsRecord, type WiretraceDb } from './db';
import { pairsOf } from './posting-levels';
import { addPostings, removePostings } from './postings';

// An article's prints record says what its postings are: the two change together, always
// inside the caller's read-write transaction over `prints` and `postings`.

/** Stores `prints` and their postings, first removing the postings `replaced` ids had. */
export async function writePrints(
  db: WiretraceDb,
  prints: readonly { articleId: number; hashes: ArrayLike<number> }[],
  replaced: readonly number[],
): Promise<void> {
  const old = await db.prints.bulkGet([...replaced]);
  await removePostings(
    db.postings,
    old.filter((p) => p !== undefined),
  );
  await db.prints.bulkPut(prints.map((p) => printsRecord(p.articleId, p.hashes)));
  await addPostings(db.postings, pairsOf(prints));
}

/** Deletes articles' prints and postings. */
export async function deletePrints(db: WiretraceDb, articleIds: readonly number[]): Promise<void> {
  const old = await db.prints.bulkGet([...articleIds]);
  await removePostings(
    db.postings,
    old.filter((p) => p !== undefined),
  );
  await db.prints.bulkDelete([...articleIds]);
}
