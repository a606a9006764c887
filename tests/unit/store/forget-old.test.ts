import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { countReadBefore, forgetReadBefore } from '../../../utils/store/forget-old';
import { importArticles } from '../../../utils/store/import-articles';
import { listArticles } from '../../../utils/store/list-articles';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { oldSchema } from './old-schema';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

const dbs: WiretraceDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDb(`test-forget-old-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => Promise.all(dbs.splice(0).map((d) => d.delete())));

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_000 * DAY;
const TOWN =
  'The town library reopened on Saturday after a year of repairs to its roof, with a reading room twice the size of the old one and a café run by volunteers.';

async function store(db: WiretraceDb, url: string, text: string, now: number) {
  return saveArticle(db, makeArticle({ url, outlet: url, text }), fingerprintText(text), now);
}
const listed = async (db: WiretraceDb) =>
  (await listArticles(db, '', 0, 50)).rows.map((r) => r.url).sort();

describe('forgetting articles past the keep period', () => {
  it('deletes what was last read before the cutoff, keeps a recent revisit of an old article', async () => {
    const db = fresh();
    await store(db, 'https://a.test/wire', WIRE_FIRST, NOW - 400 * DAY);
    await store(db, 'https://c.test/town', TOWN, NOW - 400 * DAY);
    // First read long ago, read again yesterday: kept.
    await store(db, 'https://c.test/town', TOWN, NOW - DAY);
    await store(db, 'https://b.test/copy', WIRE_SECOND, NOW - 10 * DAY);
    const cutoff = NOW - 365 * DAY;
    expect(await countReadBefore(db, cutoff)).toBe(1);

    expect(await forgetReadBefore(db, cutoff, 1_000)).toEqual({ deleted: 1, more: false });
    expect(await listed(db)).toEqual(['https://b.test/copy', 'https://c.test/town']);
    expect(await countReadBefore(db, cutoff)).toBe(0);
    // Its fingerprints went with it: the copy no longer finds the wire story it shared.
    const report = await matchArticle(
      db,
      makeArticle({ url: 'https://q.test/', outlet: 'Q', text: WIRE_SECOND }),
    );
    expect(report.otherOutlets.map((m) => m.url)).not.toContain('https://a.test/wire');
    expect(await db.prints.count()).toBe(2);
  });

  it('stops after its time budget with more to do, and the next steps finish', async () => {
    const db = fresh();
    const texts = [WIRE_FIRST, WIRE_SECOND, TOWN];
    await importArticles(
      db,
      texts.map((text, i) => ({
        ...makeArticle({ url: `https://old.test/${i}`, outlet: 'Old', text }),
        firstSeen: i + 1,
        lastSeen: i + 1,
      })),
      NOW,
    );
    await store(db, 'https://new.test/', TOWN, NOW);
    let t = 0;
    const clock = () => (t += 10);
    // One article a chunk, 15 ms: the first chunk takes 10 on this clock, the second passes the budget.
    const first = await forgetReadBefore(db, NOW - DAY, 15, clock, 1);
    expect(first).toEqual({ deleted: 2, more: true });
    const second = await forgetReadBefore(db, NOW - DAY, 15, clock, 1);
    expect(second).toEqual({ deleted: 1, more: false });
    expect(await listed(db)).toEqual(['https://new.test/']);
    expect(await db.unlinked.count()).toBe(0);
  });

  it('finds the articles of a version 7 store by their last reading once upgraded', async () => {
    const name = `test-forget-old-v7-${++n}`;
    const source = fresh();
    await store(source, 'https://a.test/wire', WIRE_FIRST, NOW - 400 * DAY);
    await store(source, 'https://b.test/copy', WIRE_SECOND, NOW);
    const v7 = oldSchema(name, 7);
    await v7.table('articles').bulkPut(await source.articles.toArray());
    v7.close();
    const upgraded = openDb(name);
    dbs.push(upgraded);
    expect(await countReadBefore(upgraded, NOW - 365 * DAY)).toBe(1);
    expect(upgraded.backendDB().version).toBe(80);
  });
});
