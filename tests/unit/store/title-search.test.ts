import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toRecord } from '../../../utils/store/article-record';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { deleteArticle, deleteMatching } from '../../../utils/store/delete-articles';
import { importArticles } from '../../../utils/store/import-articles';
import { listArticles } from '../../../utils/store/list-articles';
import { saveArticle } from '../../../utils/store/save-article';
import { countTitles, findByTitle } from '../../../utils/store/title-index';
import { makeArticle } from '../make-article';
import { oldSchema } from './old-schema';

let n = 0;
const opened: Dexie[] = [];
const fresh = (): WiretraceDb => {
  const db = openDb(`test-title-search-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

/** The titles a search lists; checked against its total, which counts what it found. */
const titles = async (db: WiretraceDb, query: string) => {
  const page = await listArticles(db, query, 0, 10);
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.title);
};

describe("the saved page's search", () => {
  it('follows saves, revisits, imports and deletions', async () => {
    const db = fresh();
    const save = (url: string, title: string, outlet: string, at: number) =>
      saveArticle(db, makeArticle({ url, title, outlet }), [], at);
    await save('https://a.test/1', 'Harbour cranes stand idle', 'Quay Daily', 10);
    await save('https://b.test/1', 'Cranes return to the harbour', 'Port Times', 20);
    const c = await save('https://c.test/1', 'Budget vote delayed', 'Quay Daily', 30);

    expect(await titles(db, 'HARBOUR')).toEqual([
      'Cranes return to the harbour',
      'Harbour cranes stand idle',
    ]);
    // The outlet is searched too.
    expect(await titles(db, 'quay daily')).toEqual([
      'Budget vote delayed',
      'Harbour cranes stand idle',
    ]);

    // A revisit that changed the headline: found by the new one only.
    await save('https://a.test/1', 'Dock strike ends', 'Quay Daily', 40);
    expect(await titles(db, 'harbour')).toEqual(['Cranes return to the harbour']);
    expect(await titles(db, 'dock strike')).toEqual(['Dock strike ends']);

    // An import keeps its first-seen time: an old article lists after newer ones.
    await importArticles(db, [
      {
        ...makeArticle({
          url: 'https://d.test/1',
          title: 'Harbour dredging plan',
          outlet: 'Bay Post',
        }),
        firstSeen: 5,
      },
    ]);
    expect(await titles(db, 'harbour')).toEqual([
      'Cranes return to the harbour',
      'Harbour dredging plan',
    ]);

    await deleteArticle(db, c.id);
    expect(await titles(db, 'budget')).toEqual([]);
    expect(await deleteMatching(db, 'harbour')).toBe(2);
    expect(await titles(db, 'harbour')).toEqual([]);
    expect(await titles(db, '')).toEqual(['Dock strike ends']);
    // The last entry of a block takes the block with it.
    const [last] = (await listArticles(db, '', 0, 1)).rows;
    await deleteArticle(db, last!.id);
    expect(await db.titles.count()).toBe(0);
  });

  it('pages through what it finds, newest first, with the total', async () => {
    const db = fresh();
    await importArticles(
      db,
      Array.from({ length: 12 }, (_, i) => ({
        ...makeArticle({
          url: `https://e.test/${i}`,
          title: `${i % 3 ? 'Ferry' : 'Bridge'} news ${i}`,
        }),
        firstSeen: 100 + i,
      })),
    );
    const page = await listArticles(db, 'ferry', 2, 3);
    expect(page.total).toBe(8);
    expect(page.rows.map((r) => r.title)).toEqual(['Ferry news 8', 'Ferry news 7', 'Ferry news 5']);
  });

  it('keeps count across blocks as articles come and go', async () => {
    const db = fresh();
    await importArticles(
      db,
      Array.from({ length: 600 }, (_, i) =>
        makeArticle({ url: `https://f.test/${i}`, title: i % 2 ? `Odd ${i}` : `Even ${i}` }),
      ),
    );
    expect((await listArticles(db, '', 0, 1)).total).toBe(600);
    expect((await listArticles(db, 'odd', 0, 1)).total).toBe(300);
    // Read a block at a time, as a store of 100,000 articles is read 50 blocks at a time.
    expect(await countTitles(db, 1)).toBe(600);
    expect(await findByTitle(db, 'even 598', 1)).toHaveLength(1);
    expect(await deleteMatching(db, 'odd')).toBe(300);
    expect(await deleteMatching(db, 'even 1')).toBe(55); // 10, 12 … 18, 100, 102 … 198
    expect((await listArticles(db, '', 0, 1)).total).toBe(245);
    expect(await deleteMatching(db, 'even')).toBe(245);
    expect(await listArticles(db, '', 0, 10)).toEqual({ rows: [], total: 0 });
    expect(await db.titles.count()).toBe(0);
  });
});

describe('upgrading a version 5 database', () => {
  it('makes every stored article searchable, more than one upgrade chunk of them', async () => {
    const name = `test-title-search-${++n}`;
    const v5 = oldSchema(name, 5);
    await v5.table('articles').bulkAdd(
      Array.from({ length: 1500 }, (_, i) =>
        toRecord({
          ...makeArticle({
            url: `https://o.test/${i}`,
            title: i % 500 === 7 ? `Lighthouse keeper ${i}` : `Story ${i}`,
            outlet: `Outlet ${i % 4}`,
          }),
          firstSeen: i,
          lastSeen: i,
          wordCount: 2,
        }),
      ),
    );
    v5.close();
    const db = openDb(name);
    opened.push(db);
    expect(await titles(db, 'lighthouse')).toEqual([
      'Lighthouse keeper 1007',
      'Lighthouse keeper 507',
      'Lighthouse keeper 7',
    ]);
    expect((await listArticles(db, 'outlet 3', 0, 1)).total).toBe(375);
  });
});
