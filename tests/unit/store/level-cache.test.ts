import { describe, expect, it } from 'vitest';
import type { WiretraceDb } from '../../../utils/store/db';
import { cachedBlocks, knownBlocks } from '../../../utils/store/level-cache';
import { POSTING_LEVELS } from '../../../utils/store/posting-levels';
import { addPostings, readHolders, removePostings } from '../../../utils/store/postings';
import { randoms } from './random-uint32';
import { testDbs } from './test-dbs';

const open = testDbs();

const add = (db: WiretraceDb, id: number, hashes: readonly number[]) =>
  db.transaction('rw', db.postings, () =>
    addPostings(
      db.postings,
      hashes.flatMap((h) => [h, id]),
    ),
  );
const lookUp = (db: WiretraceDb, hashes: readonly number[]) =>
  db.transaction('r', db.postings, () => readHolders(db.postings, hashes));
/** Every level-1 block the cache knows is as stored (null: none stored). */
async function expectCacheAsStored(db: WiretraceDb) {
  const known = [...(knownBlocks(db) ?? [])];
  const stored = await db.postings.bulkGet(known.map(([key]) => key));
  expect(known.map(([, block]) => block)).toEqual(stored.map((block) => block ?? null));
}
const cachedCount = (db: WiretraceDb) => knownBlocks(db)?.size ?? null;

/** The level-0 bucket bits: prints sharing them fill one level-0 block until it spills. */
const L0_BITS = POSTING_LEVELS[0]!.bits;

describe('level 1 of the postings kept in memory', () => {
  it('answers every lookup as the store holds it, through spills, deletions and revisits', async () => {
    const db = open('test-level-cache-model');
    const next = randoms(7);
    const byArticle = new Map<number, number[]>();
    const holders = (h: number) =>
      [...byArticle]
        .filter(([, hs]) => hs.includes(h))
        .map(([id]) => id)
        .sort((x, y) => x - y);
    // Prints crowded into four level-0 buckets, so that their blocks spill into level 1 often.
    const printsOf = () => [
      ...new Set(
        Array.from({ length: 30 }, () => (((next() % 4) << 26) | (next() & 0x3ffffff)) >>> 0),
      ),
    ];
    let servedFromMemory = 0;
    let changedInMemory = 0;
    for (let id = 1; id <= 120; id++) {
      const before = new Map(knownBlocks(db) ?? []);
      const hashes = printsOf();
      await add(db, id, hashes);
      byArticle.set(id, hashes);
      if (id % 9 === 0) {
        const gone = [...byArticle.keys()][next() % byArticle.size]!;
        await db.transaction('rw', db.postings, () =>
          removePostings(db.postings, [{ articleId: gone, hashes: byArticle.get(gone)! }]),
        );
        byArticle.delete(gone);
      }
      const after = knownBlocks(db);
      if (before.size > 0 && after) {
        // Blocks a committed write spilled into level 1 are in memory as they are stored.
        if ([...after].some(([key, block]) => before.has(key) && before.get(key) !== block))
          changedInMemory++;
        await expectCacheAsStored(db);
      }
      // Prints of the newest, of older and of deleted articles, and one held by none.
      const probe = [...hashes.slice(0, 5), ...printsOf().slice(0, 3), 0x0badf00d];
      for (const [, hs] of [...byArticle].slice(-4)) probe.push(...hs.slice(0, 3));
      if ((cachedCount(db) ?? 0) > 0) servedFromMemory++;
      const found = await lookUp(db, probe);
      for (const h of probe) expect(found.get(h) ?? [], `print ${h}`).toEqual(holders(h));
    }
    // Both paths ran: lookups served from memory, and writes into level 1 applied to it.
    expect(servedFromMemory).toBeGreaterThan(100);
    expect(changedInMemory).toBeGreaterThan(5);
  });

  it('is forgotten when a write into level 1 fails, and lookups stay exact', async () => {
    const db = open('test-level-cache-abort');
    const hashes = Array.from({ length: 400 }, (_, i) => ((5 << 26) | (i * 101)) >>> 0);
    await add(db, 1, hashes);
    await lookUp(db, hashes.slice(0, 1));
    expect(cachedCount(db)).toBeGreaterThan(0);
    const failed = db.transaction('rw', db.postings, async () => {
      await addPostings(
        db.postings,
        hashes.flatMap((h) => [h, 2]),
      );
      throw new Error('quota');
    });
    await expect(failed).rejects.toThrow('quota');
    // What the aborted write put in level 1 never reaches memory.
    expect((await lookUp(db, hashes.slice(0, 3))).get(hashes[0]!)).toEqual([1]);
    // Once the abort has ended the write, the level is read again, as stored.
    expect((await lookUp(db, hashes.slice(0, 3))).get(hashes[0]!)).toEqual([1]);
    expect(cachedCount(db)).toBeGreaterThan(0);
    await expectCacheAsStored(db);
  });

  it('is not used by a lookup that begins while a write is in flight', async () => {
    const db = open('test-level-cache-in-flight');
    const bucket = 0x2a;
    const inBucket = (i: number) =>
      ((bucket << (32 - L0_BITS)) | ((i * 7919 + 1) & (2 ** (32 - L0_BITS) - 1))) >>> 0;
    // Some level-1 blocks, then the cache loaded by a lookup.
    for (let id = 1; id <= 3; id++)
      await add(
        db,
        id,
        Array.from({ length: 200 }, (_, i) => inBucket(id * 1000 + i)),
      );
    const p = inBucket(999_999);
    await lookUp(db, [p]);
    expect(cachedCount(db)).toBeGreaterThan(0);
    // Article 10 holds p, in level 0 only: a write that leaves level 1 keeps the cache.
    await add(db, 10, [p]);
    expect(cachedCount(db)).toBeGreaterThan(0);
    expect((await lookUp(db, [p])).get(p)).toEqual([10]);
    // A write that spills p's level-0 block into level 1, and a lookup begun meanwhile: it
    // must not pair the cached level 1 (without p) with level 0 as the write leaves it.
    const spilled = Array.from({ length: 300 }, (_, i) => [inBucket(50_000 + i), 11]).flat();
    const spill = db.transaction('rw', db.postings, async () => {
      // Reads first, as a real write does (article-prints.ts): the lookup below begins in the
      // meantime, before the write reaches level 1.
      for (let i = 0; i < 20; i++) await db.postings.get(-1);
      await addPostings(db.postings, spilled);
    });
    const during = lookUp(db, [p]);
    await spill;
    expect((await during).get(p)).toEqual([10]);
    expect((await lookUp(db, [p])).get(p)).toEqual([10]);
  });

  it('is only kept for a database whose writes are watched', () => {
    expect(cachedBlocks({})).toBeNull();
    expect(cachedBlocks(open('test-level-cache-watched'))).not.toBeNull();
  });

  it('is emptied when the postings are cleared', async () => {
    const db = open('test-level-cache-clear');
    const hashes = Array.from({ length: 400 }, (_, i) => ((3 << 26) | i) >>> 0);
    await add(db, 1, hashes);
    expect((await lookUp(db, [hashes[0]!])).get(hashes[0]!)).toEqual([1]);
    expect(cachedCount(db)).toBeGreaterThan(0);
    await db.transaction('rw', db.postings, () => db.postings.clear());
    expect(cachedCount(db)).toBeNull();
    expect((await lookUp(db, [hashes[0]!])).has(hashes[0]!)).toBe(false);
  });
});
