import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { deleteArticle } from '../../../utils/store/delete-articles';
import { findCandidates } from '../../../utils/store/find-candidates';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';

let db: WiretraceDb;
afterEach(async () => db.delete());

// Prints records were plain arrays until 2 Dec 2026 and are typed arrays since (db.ts);
// a store holds both, and each must be matched and deleted alike.
describe('prints records of both forms', () => {
  it('are found, replaced and deleted alike', async () => {
    db = openDb('test-prints-record');
    const typed = await saveArticle(db, makeArticle({ url: 'https://a.test/typed' }), [5, 9]);
    const old = await saveArticle(db, makeArticle({ url: 'https://b.test/old' }), [9, 0xf0000001]);
    // As an earlier version wrote it: the same prints, as an array of numbers.
    await db.prints.put({ articleId: old.id, hashes: [9, 0xf0000001] });
    expect((await db.prints.get(typed.id))!.hashes).toBeInstanceOf(Uint32Array);
    expect(Array.isArray((await db.prints.get(old.id))!.hashes)).toBe(true);

    const ids = async (prints: number[]) =>
      (await findCandidates(db, prints)).map((c) => c.articleId).sort((x, y) => x - y);
    expect(await ids([9])).toEqual([typed.id, old.id]);
    expect(await ids([0xf0000001])).toEqual([old.id]);

    await deleteArticle(db, old.id);
    expect(await ids([9, 0xf0000001])).toEqual([typed.id]);
    // A revisit replaces a typed record's prints and their postings.
    await saveArticle(db, makeArticle({ url: 'https://a.test/typed' }), [7]);
    expect(await ids([5, 9])).toEqual([]);
    expect(await ids([7])).toEqual([typed.id]);
  });
});
