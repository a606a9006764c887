import { describe, expect, it } from 'vitest';
import {
  appendPairs,
  blockKeys,
  bucketOf,
  groupPairs,
  holdersIn,
  keyRuns,
  pairsOf,
  POSTING_LEVELS,
  postingKey,
  readBlock,
  V4_POSTING_LEVELS,
  withoutArticles,
  writeBlock,
} from '../../../utils/store/posting-levels';
import { addPostings, readHolders, removePostings } from '../../../utils/store/postings';
import { oldSchema } from './old-schema';
import { randoms } from './random-uint32';
import { testDbs } from './test-dbs';

const open = testDbs();

/** The holders of each print, as a plain map: what the packed postings must always answer. */
class Model {
  readonly byArticle = new Map<number, number[]>();
  add(articleId: number, hashes: number[]) {
    this.byArticle.set(articleId, hashes);
  }
  remove(articleId: number) {
    this.byArticle.delete(articleId);
  }
  holders(hash: number): number[] {
    return [...this.byArticle]
      .filter(([, hs]) => hs.includes(hash))
      .map(([id]) => id)
      .sort((x, y) => x - y);
  }
}

describe('posting levels (pure)', () => {
  it('groups pairs by bucket, appends and removes them, and finds holders oldest first', () => {
    const pairs = [0x80000001, 7, 0x80000002, 3, 0x00000005, 7];
    const groups = groupPairs(pairs, 1);
    expect([...groups.keys()].sort()).toEqual([0, 1]);
    expect(groups.get(1)).toEqual([0x80000001, 7, 0x80000002, 3]);
    const block = appendPairs(Uint32Array.from(groups.get(1)!), [0x80000001, 2]);
    expect([...block]).toEqual([0x80000001, 7, 0x80000002, 3, 0x80000001, 2]);
    expect([...withoutArticles(block, new Set([7]))]).toEqual([0x80000002, 3, 0x80000001, 2]);
    const holders = holdersIn([block, undefined], new Set([0x80000001, 0x99]));
    expect(holders.get(0x80000001)).toEqual([2, 7]);
    expect(holders.has(0x99)).toBe(false);
  });

  it('finds only the prints wanted, not others sharing their low bits', () => {
    // Same low 16 bits as a wanted print: the bit filter lets them through to the exact test.
    const block = Uint32Array.from([0xabcd1234, 1, 0x00001234, 2, 0xffff1234, 3, 0x12345678, 4]);
    const holders = holdersIn([block], new Set([0xabcd1234, 0x12345678, 0x5678]));
    expect([...holders.keys()].sort((x, y) => x - y)).toEqual([0x12345678, 0xabcd1234]);
    expect(holders.get(0xabcd1234)).toEqual([1]);
    expect(holders.get(0x12345678)).toEqual([4]);
  });

  it('pairs each print of an article once, however often its list repeats it', () => {
    expect(
      pairsOf([
        { articleId: 4, hashes: [9, 9, 2] },
        { articleId: 5, hashes: Uint32Array.from([9]) },
      ]),
    ).toEqual([9, 4, 2, 4, 9, 5]);
  });

  it('splits keys into runs of consecutive keys to read as ranges, and the rest', () => {
    const keys = [30, 3, 4, 5, 6, 20, 21, 9, 7, 5, 40, 41, 42];
    expect(keyRuns(keys, 3)).toEqual({
      ranges: [
        [3, 7],
        [40, 42],
      ],
      singles: [9, 20, 21, 30],
    });
    expect(keyRuns(keys, 6)).toEqual({
      ranges: [],
      singles: [3, 4, 5, 6, 7, 9, 20, 21, 30, 40, 41, 42],
    });
    expect(keyRuns([], 2)).toEqual({ ranges: [], singles: [] });
  });

  it('names one block per bucket per level, distinct across levels', () => {
    const hashes = [0xffffffff, 0xfffffffe, 0x00000001];
    const keys = blockKeys(hashes);
    // Two buckets at every level: the two high prints share each bucket.
    expect(keys).toHaveLength(2 * POSTING_LEVELS.length);
    expect(new Set(keys).size).toBe(keys.length);
    const last = POSTING_LEVELS.length - 1;
    expect(keys).toContain(postingKey(last, bucketOf(0xffffffff, POSTING_LEVELS[last]!.bits)));
  });
});

describe('packed postings in IndexedDB', () => {
  it('answer exactly who holds each print through spills into every level, deletions and replacements', async () => {
    const db = open('test-postings-1');
    const next = randoms(42);
    const model = new Model();
    // Prints of one article: most share a level-1 bucket so that blocks spill down to the last
    // level within a test-sized store; a few are anywhere.
    const hot = next() >>> 22;
    const printsOf = () =>
      Array.from({ length: 40 }, (_, i) =>
        i < 32 ? ((hot << 22) | (next() & 0x3fffff)) >>> 0 : next(),
      );
    const live: number[] = [];
    for (let id = 1; id <= 160; id++) {
      const hashes = [...new Set(printsOf())];
      await db.transaction('rw', db.postings, () =>
        addPostings(
          db.postings,
          hashes.flatMap((h) => [h, id]),
        ),
      );
      model.add(id, hashes);
      live.push(id);
      if (id % 7 === 0) {
        // Delete an older article.
        const gone = live.splice(next() % live.length, 1)[0]!;
        const hashesGone = model.byArticle.get(gone)!;
        await db.transaction('rw', db.postings, () =>
          removePostings(db.postings, [{ articleId: gone, hashes: hashesGone }]),
        );
        model.remove(gone);
      }
      if (id % 11 === 0) {
        // Replace one article's prints (a revisit).
        const again = live[next() % live.length]!;
        const fresh = [...new Set(printsOf())];
        await db.transaction('rw', db.postings, async () => {
          await removePostings(db.postings, [
            { articleId: again, hashes: model.byArticle.get(again)! },
          ]);
          await addPostings(
            db.postings,
            fresh.flatMap((h) => [h, again]),
          );
        });
        model.add(again, fresh);
      }
    }
    // Pairs reached the last level (the hot level-1 bucket spilled), some remain above it.
    const keys = (await db.postings.toCollection().primaryKeys()) as number[];
    const levels = new Set(keys.map((k) => Math.floor(k / 2 ** 24)));
    expect(levels.has(POSTING_LEVELS.length - 1)).toBe(true);
    expect(levels.size).toBeGreaterThan(1);
    const all = [...new Set([...model.byArticle.values()].flat())];
    const probe = [...all.slice(0, 300), 0x12345678];
    const holders = await db.transaction('r', db.postings, () => readHolders(db.postings, probe));
    for (const h of probe) expect(holders.get(h) ?? []).toEqual(model.holders(h));
    // No pair of a deleted article is left anywhere.
    const stored = new Set<number>();
    const blocks = await db.postings.bulkGet(keys);
    blocks.forEach((block, k) => {
      const pairs = readBlock(keys[k]!, block!);
      for (let i = 1; i < pairs.length; i += 2) stored.add(pairs[i]!);
    });
    expect([...stored].sort((x, y) => x - y)).toEqual(
      [...model.byArticle.keys()].sort((x, y) => x - y),
    );
  });

  it('read blocks written as plain Uint32Array pairs before the codec, and rewrite them packed', async () => {
    const db = open('test-postings-legacy');
    const last = POSTING_LEVELS.length - 1;
    const { bits } = POSTING_LEVELS[last]!;
    const a = 0x12340001;
    const b = 0x12340002;
    const key = postingKey(last, bucketOf(a, bits));
    // As written before 2 Dec 2026: raw pairs, one level-2 block.
    await db.postings.put(Uint32Array.from([a, 1, b, 1, a, 2]), key);
    const read = () => db.transaction('r', db.postings, () => readHolders(db.postings, [a, b]));
    expect((await read()).get(a)).toEqual([1, 2]);
    await db.transaction('rw', db.postings, async () => {
      await addPostings(db.postings, [a, 3]);
      await removePostings(db.postings, [{ articleId: 1, hashes: [a, b] }]);
    });
    const holders = await read();
    expect(holders.get(a)).toEqual([2, 3]);
    expect(holders.has(b)).toBe(false);
    // Removing article 1 rewrote the old block, packed.
    expect(await db.postings.get(key)).toBeInstanceOf(Uint8Array);
  });

  it('are rebucketed from the 16-bit last level of store version 4 by the version 5 upgrade', async () => {
    const name = 'test-postings-v4';
    const v4 = oldSchema(name, 4);
    const next = randoms(7);
    // As version 4 left them: prints spread over many last-level buckets (more than one
    // upgrade step), one block each, packed or (written before the codec) plain pairs; and
    // a level-0 block, which the upgrade leaves as it is.
    const pairs = Array.from({ length: 4000 }, (_, i) => [next(), 1 + (i % 700)] as const);
    const last = V4_POSTING_LEVELS.length - 1;
    const v4Key = (level: number, bucket: number) => level * 2 ** 24 + bucket;
    const groups = groupPairs(
      pairs.flatMap((p) => [...p]),
      V4_POSTING_LEVELS[last]!.bits,
    );
    let n = 0;
    for (const [bucket, group] of groups) {
      const key = v4Key(last, bucket);
      const block =
        n++ % 3 === 0 ? Uint32Array.from(group) : writeBlock(key, group, V4_POSTING_LEVELS);
      await v4.table('postings').put(block, key);
    }
    const recent = [0x00000010, 701];
    await v4.table('postings').put(writeBlock(0, recent, V4_POSTING_LEVELS), v4Key(0, 0));
    v4.close();

    const db = open(name);
    const keys = (await db.postings.toCollection().primaryKeys()) as number[];
    const { bits } = POSTING_LEVELS[last]!;
    // One block per new bucket, each under the key its bucket has now.
    const buckets = new Set(pairs.map(([h]) => bucketOf(h, bits)));
    expect(keys.filter((k) => k >= postingKey(last, 0)).sort((x, y) => x - y)).toEqual(
      [...buckets].sort((x, y) => x - y).map((b) => postingKey(last, b)),
    );
    const expected = (h: number) =>
      pairs
        .filter(([p]) => p === h)
        .map(([, id]) => id)
        .sort((x, y) => x - y);
    const probe = [...pairs.slice(0, 300).map(([h]) => h), recent[0]!];
    const read = () => db.transaction('r', db.postings, () => readHolders(db.postings, probe));
    let holders = await read();
    for (const [h] of pairs.slice(0, 300)) expect(holders.get(h)).toEqual(expected(h));
    expect(holders.get(recent[0]!)).toEqual([701]);
    // Blocks written by the upgrade take deletions like any other.
    const [h0, id0] = pairs[0]!;
    await db.transaction('rw', db.postings, () =>
      removePostings(db.postings, [{ articleId: id0, hashes: [h0] }]),
    );
    holders = await read();
    expect(holders.get(h0) ?? []).toEqual(expected(h0).filter((id) => id !== id0));
  });

  it('are built by the version 3 upgrade from the prints of a version 2 store, in chunks', async () => {
    const name = 'test-postings-upgrade';
    const v2 = oldSchema(name, 2);
    // More articles than one upgrade chunk, with prints shared in a known pattern.
    const prints = Array.from({ length: 2500 }, (_, i) => ({
      articleId: i + 1,
      hashes: [((i % 50) * 0x01000193) >>> 0, (i * 0x9e3779b1) >>> 0],
    }));
    await v2.table('prints').bulkAdd(prints);
    v2.close();
    const db = open(name);
    const shared = (7 * 0x01000193) >>> 0;
    const holders = await db.transaction('r', db.postings, () =>
      readHolders(db.postings, [shared, (2499 * 0x9e3779b1) >>> 0]),
    );
    expect(holders.get(shared)).toEqual(
      prints.filter((p) => p.hashes[0] === shared).map((p) => p.articleId),
    );
    expect(holders.get(shared)).toHaveLength(50);
    expect(holders.get((2499 * 0x9e3779b1) >>> 0)).toEqual([2500]);
    // The multiEntry index is gone: the prints are plain records now.
    expect(db.prints.schema.indexes.map((i) => i.name)).toEqual([]);
  });
});
