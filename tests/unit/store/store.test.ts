import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { deleteAllArticles, deleteArticle } from '../../../utils/store/delete-articles';
import { findCandidates } from '../../../utils/store/find-candidates';
import { countSharingOutlets, listArticles } from '../../../utils/store/list-articles';
import { saveArticle, saveLinks } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';

let db: WiretraceDb;
let n = 0;
const fresh = () => (db = openDb(`test-store-${++n}`));
afterEach(async () => db.delete());

describe('saveArticle', () => {
  it('keeps one record per canonical URL and the first-seen time across revisits', async () => {
    fresh();
    const first = await saveArticle(
      db,
      makeArticle({ url: 'https://a.test/1', title: 'Old' }),
      [1, 2],
      1000,
    );
    const again = await saveArticle(
      db,
      makeArticle({ url: 'https://a.test/1', title: 'New' }),
      [3],
      5000,
    );
    expect(again.id).toBe(first.id);
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.id);
    expect(stored).toMatchObject({ title: 'New', firstSeen: 1000, lastSeen: 5000 });
    // Typed: 4 bytes a print on disk (db.ts).
    expect((await db.prints.get(first.id))?.hashes).toEqual(Uint32Array.from([3]));
  });

  it('counts words in scripts without spaces', async () => {
    fresh();
    const a = await saveArticle(
      db,
      makeArticle({ url: 'https://a.test/zh', text: '北京今天下雨了。' }),
      [],
    );
    expect(a.wordCount).toBeGreaterThan(1);
  });
});

describe('findCandidates', () => {
  it('ranks by shared fingerprints, ignores boilerplate above the cap and the query itself', async () => {
    fresh();
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      // every article holds 999 (boilerplate); article 0 shares 1,2,3 with the query, article 1 only 1,2
      const hashes = [999, ...(i === 0 ? [1, 2, 3] : i === 1 ? [1, 2] : [100 + i])];
      ids.push((await saveArticle(db, makeArticle({ url: `https://a.test/${i}` }), hashes)).id);
    }
    const options = { maxDocFrequency: 4, minSharedPrints: 2, limit: 10 };
    const found = await findCandidates(db, [1, 2, 3, 999], options);
    expect(found).toEqual([
      { articleId: ids[0], sharedPrints: 3 },
      { articleId: ids[1], sharedPrints: 2 },
    ]);
    const withoutSelf = await findCandidates(db, [1, 2, 3], { ...options, excludeId: ids[0] });
    expect(withoutSelf.map((c) => c.articleId)).toEqual([ids[1]]);
  });

  it('updates document frequencies on delete: a cap-busting print counts again', async () => {
    fresh();
    const a = await saveArticle(db, makeArticle({ url: 'https://a.test/a' }), [7, 8]);
    const b = await saveArticle(db, makeArticle({ url: 'https://a.test/b' }), [7, 8]);
    const options = { maxDocFrequency: 1, minSharedPrints: 1, limit: 10 };
    // With prints of its own, so that the query is not itself a copy of what it shares.
    const query = [7, 8, 100, 101, 102];
    expect(await findCandidates(db, query, options)).toEqual([]);
    await deleteArticle(db, b.id);
    expect(await findCandidates(db, query, options)).toEqual([
      { articleId: a.id, sharedPrints: 2 },
    ]);
  });

  it('counts a capped print again once a revisit replaced the fingerprints that busted the cap', async () => {
    fresh();
    const a = await saveArticle(db, makeArticle({ url: 'https://a.test/a' }), [7, 8]);
    await saveArticle(db, makeArticle({ url: 'https://a.test/b' }), [7, 8]);
    const options = { maxDocFrequency: 1, minSharedPrints: 1, limit: 10 };
    const query = [7, 8, 100, 101, 102];
    expect(await findCandidates(db, query, options)).toEqual([]);
    await saveArticle(db, makeArticle({ url: 'https://a.test/b', text: 'Rewritten.' }), [9]);
    expect(await findCandidates(db, query, options)).toEqual([
      { articleId: a.id, sharedPrints: 2 },
    ]);
  });
});

describe('listArticles and links', () => {
  it('lists newest first, searches title and outlet, pages, and counts sharing outlets', async () => {
    fresh();
    const a = await saveArticle(
      db,
      makeArticle({ url: 'https://a.test/1', outlet: 'Alpha', title: 'Storm hits coast' }),
      [],
      1,
    );
    const b = await saveArticle(
      db,
      makeArticle({ url: 'https://b.test/1', outlet: 'Beta', title: 'Coast storm' }),
      [],
      2,
    );
    const c = await saveArticle(
      db,
      makeArticle({ url: 'https://c.test/1', outlet: 'Gamma', title: 'Budget vote' }),
      [],
      3,
    );
    const match = (id: number, outlet: string) => ({
      articleId: id,
      outlet,
      title: '',
      url: '',
      publishedTime: null,
      firstSeen: 0,
      credits: [],
      cut: 50,
      paste: 50,
      longestWords: 10,
      derivation: 'partially' as const,
      passages: [],
      droppedParagraphs: [],
      later: false,
    });
    await saveLinks(db, b, {
      otherOutlets: [match(a.id, 'Alpha')],
      chanceOverlaps: [],
      sameOutlet: [],
      origin: null,
      onlyHere: [],
      related: null,
    });
    await saveLinks(db, c, {
      otherOutlets: [match(a.id, 'Alpha'), match(b.id, 'Beta')],
      chanceOverlaps: [],
      sameOutlet: [],
      origin: null,
      onlyHere: [],
      related: null,
    });

    const all = await listArticles(db, '', 0, 10);
    expect(all.rows.map((r) => r.title)).toEqual([
      'Budget vote',
      'Coast storm',
      'Storm hits coast',
    ]);
    expect(all.rows.map((r) => r.sharingOutlets)).toEqual([2, 2, 2]);
    expect(all.total).toBe(3);

    const search = await listArticles(db, 'STORM', 0, 10);
    expect(search.rows.map((r) => r.outlet)).toEqual(['Beta', 'Alpha']);
    expect(search.total).toBe(2);
    expect((await listArticles(db, 'gamma', 0, 10)).rows).toHaveLength(1);
    expect((await listArticles(db, '', 1, 1)).rows.map((r) => r.id)).toEqual([b.id]);

    await deleteArticle(db, c.id);
    expect((await countSharingOutlets(db, [a.id])).get(a.id)).toBe(1);
    await deleteAllArticles(db);
    expect(await listArticles(db, '', 0, 10)).toEqual({ rows: [], total: 0 });
  });
});
