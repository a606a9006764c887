import { afterEach, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/background/read-page';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { deleteAllArticles, deleteArticle } from '../../../utils/store/delete-articles';
import { importArticles, type ImportRecord } from '../../../utils/store/import-articles';
import { linkImported } from '../../../utils/store/link-imported';
import { listArticles } from '../../../utils/store/list-articles';
import { matchArticle } from '../../../utils/store/match-article';
import { readArticle } from '../../../utils/store/article-record';
import { saveLinks } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { failWritesWhen } from './full-disk';
import { oldSchema } from './old-schema';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

const dbs: WiretraceDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDb(`test-link-imported-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => Promise.all(dbs.splice(0).map((d) => d.delete())));

const UNRELATED =
  'The town library reopened on Saturday after a year of repairs to its roof, with a reading room twice the size of the old one and a café run by volunteers.';
/** Three outlets' articles: two copies of one wire story and an unrelated report. */
const ARTICLES: ImportRecord[] = [
  { ...makeArticle({ url: 'https://a.test/wire', outlet: 'A', text: WIRE_FIRST }), firstSeen: 1 },
  { ...makeArticle({ url: 'https://b.test/copy', outlet: 'B', text: WIRE_SECOND }), firstSeen: 2 },
  { ...makeArticle({ url: 'https://c.test/town', outlet: 'C', text: UNRELATED }), firstSeen: 3 },
];

/** url → [other outlets sharing text, still waiting to be linked] as the saved page lists them. */
async function sharing(db: WiretraceDb) {
  const { rows } = await listArticles(db, '', 0, 50);
  return Object.fromEntries(rows.map((r) => [r.url, [r.sharingOutlets, r.linksPending]]));
}

/** Links until nothing waits, one article a step (budget 0); returns each step's progress. */
async function linkAll(db: WiretraceDb) {
  const steps = [];
  for (let i = 0; i < 20; i++) {
    const step = await linkImported(db, 0);
    steps.push(step);
    if (step.remaining === 0) return steps;
  }
  throw new Error('linking did not finish');
}

describe('linking imported articles', () => {
  it('lists imported articles as waiting, then with the outlets a page read would have found', async () => {
    const imported = fresh();
    await importArticles(imported, ARTICLES, 10);
    expect(await sharing(imported)).toEqual({
      'https://a.test/wire': [0, true],
      'https://b.test/copy': [0, true],
      'https://c.test/town': [0, true],
    });
    const steps = await linkAll(imported);
    // A budget of 0 still links one article a step.
    expect(steps).toEqual([
      { linked: 1, remaining: 2 },
      { linked: 1, remaining: 1 },
      { linked: 1, remaining: 0 },
    ]);
    // The same three articles read as pages, one after another, are linked as they are saved.
    const read = fresh();
    for (const a of ARTICLES) await analyseArticle(read, a, true, a.firstSeen!);
    const expected = {
      'https://a.test/wire': [1, false],
      'https://b.test/copy': [1, false],
      'https://c.test/town': [0, false],
    };
    expect(await sharing(read)).toEqual(expected);
    expect(await sharing(imported)).toEqual(expected);
    expect(await imported.links.toArray()).toEqual(await read.links.toArray());
  });

  it('links an import with the articles already stored, and stops after its time budget', async () => {
    const db = fresh();
    await analyseArticle(db, ARTICLES[0]!, true, 1);
    await importArticles(db, ARTICLES.slice(1), 10);
    let now = 0;
    // Each clock reading moves 50 ms: the step stops after the first article with 40 ms.
    const first = await linkImported(db, 40, () => (now += 50));
    expect(first).toEqual({ linked: 1, remaining: 1 });
    const second = await linkImported(db, 1_000, () => (now += 50));
    expect(second).toEqual({ linked: 1, remaining: 0 });
    expect(await sharing(db)).toMatchObject({
      'https://a.test/wire': [1, false],
      'https://b.test/copy': [1, false],
    });
    expect(await linkImported(db, 1_000)).toEqual({ linked: 0, remaining: 0 });
  });

  it('forgets deleted articles, links none to them, and a page read of an imported one links it', async () => {
    const db = fresh();
    await importArticles(db, ARTICLES, 10);
    const ids = Object.fromEntries((await db.articles.toArray()).map((a) => [a.url, a.id]));
    await deleteArticle(db, ids['https://c.test/town']!);
    expect(await db.unlinked.count()).toBe(2);
    // Reading B's page again links it (and A) and takes it off the queue.
    await analyseArticle(db, ARTICLES[1]!, true, 20);
    expect(await db.unlinked.toCollection().primaryKeys()).toEqual([ids['https://a.test/wire']]);
    expect(await sharing(db)).toEqual({
      'https://a.test/wire': [1, true],
      'https://b.test/copy': [1, false],
    });
    // B is deleted after A was matched with it and before A's links are written: none to B.
    const a = readArticle((await db.articles.get(ids['https://a.test/wire']!))!);
    const report = await matchArticle(db, a);
    expect(report.otherOutlets.map((m) => m.outlet)).toEqual(['B']);
    await deleteArticle(db, ids['https://b.test/copy']!);
    await saveLinks(db, a, report);
    expect(await db.links.count()).toBe(0);
    expect(await db.unlinked.count()).toBe(0);
    await importArticles(db, ARTICLES, 30);
    await deleteAllArticles(db);
    expect(await db.unlinked.count()).toBe(0);
  });
});

describe('the count of waiting articles', () => {
  it('is counted while few wait or when the last count is old, else estimated from it', async () => {
    const db = fresh();
    const many = Array.from({ length: 20 }, (_, i) =>
      makeArticle({
        url: `https://many.test/${i}`,
        outlet: `Outlet ${i}`,
        text: `Item ${i}: ${UNRELATED}`,
      }),
    );
    await importArticles(db, many, 10);
    let now = 0;
    const step = (after: number) => linkImported(db, 0, () => (now += after));
    expect(await step(0)).toEqual({ linked: 1, remaining: 19 }); // counted: none before
    // Deleted meanwhile: the estimate does not see it until the next count...
    await deleteArticle(db, (await db.unlinked.toCollection().primaryKeys())[0]!);
    expect(await step(1000)).toEqual({ linked: 1, remaining: 18 });
    // ...5 s later, it is counted again.
    expect(await step(5000)).toEqual({ linked: 1, remaining: 16 });
    // Fewer than a step takes: counted every time, so the last step says 0 exactly.
    const steps = await linkAll(db);
    expect(steps.at(-1)).toEqual({ linked: 1, remaining: 0 });
    expect(await db.unlinked.count()).toBe(0);
  });
});

describe('linking on a full disk', () => {
  it('fails the step with the storage error and keeps every article waiting, then resumes', async () => {
    const db = fresh();
    let full = false;
    failWritesWhen(db, (table, type) => full && table === 'links' && type === 'put');
    await importArticles(db, ARTICLES.slice(0, 2), 10);
    full = true;
    await expect(linkImported(db, 1_000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await db.unlinked.count()).toBe(2);
    expect(await db.links.count()).toBe(0);
    expect(await db.articles.count()).toBe(2);
    full = false;
    expect(await linkImported(db, 1_000)).toEqual({ linked: 2, remaining: 0 });
    expect(await db.links.count()).toBe(1);
  });
});

describe('store version 7', () => {
  it('opens a version 6 store with its articles kept and none waiting to be linked', async () => {
    const name = `test-link-imported-v6-${++n}`;
    const v6db = fresh();
    await importArticles(v6db, ARTICLES, 10);
    // The same records written into a store that stops at version 6.
    const articles = await v6db.articles.toArray();
    const titles = await v6db.titles.toArray();
    const titleKeys = await v6db.titles.toCollection().primaryKeys();
    const v6 = oldSchema(name, 6);
    await v6.table('articles').bulkPut(articles);
    await v6.table('titles').bulkPut(titles, titleKeys);
    v6.close();
    const upgraded = openDb(name);
    dbs.push(upgraded);
    expect(Object.keys(await sharing(upgraded)).sort()).toEqual(ARTICLES.map((a) => a.url).sort());
    expect(await upgraded.unlinked.count()).toBe(0);
    // Opened: the version on disk, not only the one declared.
    expect(upgraded.backendDB().version).toBe(80);
  });
});
