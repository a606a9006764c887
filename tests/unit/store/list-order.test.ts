import { afterEach, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/background/read-page';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { listArticles, mostSharedFirst } from '../../../utils/store/list-articles';
import { makeArticle } from '../make-article';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

let db: WiretraceDb;
afterEach(async () => db?.delete());

const LIBRARY =
  'The town library reopened on Saturday after a year of repairs to its roof, with a reading room twice the size of the old one and a café run by volunteers.';
const MARKET =
  'Stallholders at the Thursday market say rents for a pitch have doubled since spring, and several bakers plan to leave for the covered hall across the river.';

describe('mostSharedFirst', () => {
  it('puts ids with more sharing outlets first and keeps the given order among equals', () => {
    const counts = new Map([
      [2, 1],
      [3, 4],
      [5, 1],
    ]);
    expect(mostSharedFirst([1, 2, 3, 4, 5], counts)).toEqual([3, 2, 5, 1, 4]);
  });
});

describe("the saved page's 'shared' order", () => {
  it('lists the articles most outlets share text with first, newest first among equals', async () => {
    db = openDb('test-list-order');
    // Read in this order (first seen 1..5): three outlets run the wire story, two do not.
    const read = [
      ['https://a.test/wire', 'Alpha', 'Grain stranded at Kessing', WIRE_FIRST],
      ['https://c.test/library', 'Gamma', 'Library reopens', LIBRARY],
      ['https://b.test/copy', 'Beta', 'Kessing crane collapse strands grain', WIRE_SECOND],
      ['https://d.test/wire', 'Delta', 'Kessing port closed after storm', WIRE_FIRST],
      ['https://e.test/market', 'Epsilon', 'Market rents double', MARKET],
    ] as const;
    for (const [i, [url, outlet, title, text]] of read.entries())
      await analyseArticle(db, makeArticle({ url, outlet, title, text }), true, i + 1);

    const newest = await listArticles(db, '', 0, 10);
    expect(newest.rows.map((r) => r.outlet)).toEqual([
      'Epsilon',
      'Delta',
      'Beta',
      'Gamma',
      'Alpha',
    ]);
    const shared = await listArticles(db, '', 0, 10, 'shared');
    expect(shared.rows.map((r) => [r.outlet, r.sharingOutlets])).toEqual([
      ['Delta', 2],
      ['Beta', 2],
      ['Alpha', 2],
      ['Epsilon', 0],
      ['Gamma', 0],
    ]);
    expect(shared.total).toBe(5);
    // Paged like the newest-first list, and with a search, only what it finds.
    const second = await listArticles(db, '', 2, 2, 'shared');
    expect(second.rows.map((r) => r.outlet)).toEqual(['Alpha', 'Epsilon']);
    const kessing = await listArticles(db, 'kessing', 0, 10, 'shared');
    expect(kessing.rows.map((r) => r.outlet)).toEqual(['Delta', 'Beta', 'Alpha']);
    expect(kessing.total).toBe(3);
  });
});
