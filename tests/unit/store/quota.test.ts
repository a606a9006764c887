import { afterEach, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/background/read-page';
import { readArticle } from '../../../utils/store/article-record';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { importArticles } from '../../../utils/store/import-articles';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { failWritesWhen } from './full-disk';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

let db: WiretraceDb;
afterEach(async () => db?.delete());

/** Makes every write to `articles` fail the way a full disk does, after `allowed` writes. */
function fillDiskAfter(target: WiretraceDb, allowed: number) {
  let writes = 0;
  failWritesWhen(
    target,
    (table, type) => table === 'articles' && type === 'put' && ++writes > allowed,
  );
}

describe('a full disk', () => {
  it('shows a clear message, still reports matches, and keeps what was stored', async () => {
    db = openDb('test-quota');
    fillDiskAfter(db, 1);
    const first = makeArticle({ url: 'https://a.test/1', outlet: 'A', text: WIRE_FIRST });
    await saveArticle(db, first, [1, 2, 3]);
    const result = await analyseArticle(
      db,
      makeArticle({ url: 'https://b.test/1', outlet: 'B', text: WIRE_SECOND }),
      true,
      Date.now(),
    );
    expect(result.status).toBe('unsaved');
    expect(result.storageError).toMatch(
      /storage for Wiretrace is full.*Nothing already saved was lost/,
    );
    expect(await db.articles.count()).toBe(1);
    expect(readArticle((await db.articles.toArray())[0]!)).toMatchObject({
      url: first.url,
      text: WIRE_FIRST,
    });
    expect(await db.prints.count()).toBe(1);
  });

  it('rolls back a whole import batch, leaving earlier articles untouched', async () => {
    db = openDb('test-quota-import');
    fillDiskAfter(db, 1);
    await saveArticle(db, makeArticle({ url: 'https://a.test/1' }), [1]);
    const batch = [makeArticle({ url: 'https://b.test/1', text: WIRE_FIRST })];
    await expect(importArticles(db, batch)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await db.articles.count()).toBe(1);
    expect(await db.prints.count()).toBe(1);
  });
});
