import Dexie from 'dexie';
import { unpackPairs } from './posting-codec';
import {
  groupPairs,
  POSTING_LEVELS,
  postingKey,
  V4_POSTING_LEVELS,
  writeBlock,
} from './posting-levels';
import type { PostingsTable } from './postings';

/** The bits of a last-level bucket in stores up to version 4. */
const V4_LAST_BITS = V4_POSTING_LEVELS[V4_POSTING_LEVELS.length - 1]!.bits;

/** Buckets of the new last level rebuilt a step: about 1 MB of blocks at 100,000 articles. */
const STEP = 512;

/**
 * Store version 5's upgrade (db.ts): the last level's buckets were the top 16 bits of a
 * print and are now fewer (posting-levels.ts says why), so the blocks of each new bucket's
 * old buckets are merged into one. The other levels are unchanged.
 *
 * In ascending order, a step at a time: new bucket b is written at the key old bucket b had,
 * which lies in new bucket b / 2^(16 - bits) ≤ b, read and deleted by then.
 */
export async function rebucketLastLevel(table: PostingsTable): Promise<void> {
  const level = POSTING_LEVELS.length - 1;
  const { bits } = POSTING_LEVELS[level]!;
  const ratio = 2 ** (V4_LAST_BITS - bits);
  const base = postingKey(level, 0);
  for (let from = 0; from < 2 ** bits; from += STEP) {
    const old = table.where(':id').between(base + from * ratio, base + (from + STEP) * ratio);
    const [keys, blocks] = await Dexie.Promise.all([old.primaryKeys(), old.toArray()]);
    if (keys.length === 0) continue;
    const pairs: number[] = [];
    keys.forEach((key, i) => {
      const block = blocks[i]!;
      // Packed, or plain pairs written before the codec.
      const plain =
        block instanceof Uint8Array ? unpackPairs(block, V4_LAST_BITS, key - base) : block;
      for (const x of plain) pairs.push(x);
    });
    const groups = [...groupPairs(pairs, bits)].map(([bucket, group]) => ({
      key: postingKey(level, bucket),
      pairs: byId(group),
    }));
    await table.bulkDelete(keys);
    await table.bulkPut(
      groups.map((g) => writeBlock(g.key, g.pairs)),
      groups.map((g) => g.key),
    );
  }
}

/** Pairs ordered by article id, as appends leave them: each id a small step from the last. */
function byId(pairs: readonly number[]): number[] {
  const order = Array.from({ length: pairs.length / 2 }, (_, i) => i);
  order.sort((x, y) => pairs[2 * x + 1]! - pairs[2 * y + 1]!);
  return order.flatMap((i) => [pairs[2 * i]!, pairs[2 * i + 1]!]);
}
