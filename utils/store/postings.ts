import Dexie, { type Table } from 'dexie';
import {
  appendPairs,
  blockKeys,
  groupPairs,
  holdersIn,
  keyRuns,
  POSTING_LEVELS,
  postingKey,
  readBlock,
  readBlocks,
  withoutArticles,
  writeBlock,
  type PostingKey,
  type PostingLayout,
} from './posting-levels';
import type { StoredBlock } from './posting-codec';
import { cachedBlocks, isCachedKey } from './level-cache';

/** The store of packed postings (posting-levels.ts, posting-codec.ts), keyed by level and bucket. */
export type PostingsTable = Table<StoredBlock, PostingKey>;

/**
 * Adds (print, article id) pairs, inside the caller's read-write transaction: appended to
 * their level-0 blocks, and any block reaching its level's size emptied into the next level.
 * `layout` is the store's levels but in the upgrades of versions that kept others (db.ts).
 */
export async function addPostings(
  table: PostingsTable,
  pairs: readonly number[],
  layout: PostingLayout = POSTING_LEVELS,
): Promise<void> {
  let pending = pairs;
  // Level 0 is read even for no pairs: the caller's transaction must only ever await Dexie
  // promises (readHolders says why).
  for (let level = 0; level < layout.length && (level === 0 || pending.length > 0); level++) {
    const { bits, spillAt } = layout[level]!;
    const groups = groupPairs(pending, bits);
    const buckets = [...groups.keys()];
    const keys = buckets.map((bucket) => postingKey(level, bucket));
    const blocks = await getBlocks(table, keys);
    const kept: { keys: PostingKey[]; blocks: StoredBlock[] } = { keys: [], blocks: [] };
    const spilled: PostingKey[] = [];
    const next: number[] = [];
    keys.forEach((key, i) => {
      const block = appendPairs(readBlock(key, blocks[i], layout), groups.get(buckets[i]!)!);
      if (block.length / 2 < spillAt) {
        kept.keys.push(key);
        kept.blocks.push(writeBlock(key, block, layout));
        return;
      }
      spilled.push(key);
      for (const x of block) next.push(x);
    });
    await table.bulkPut(kept.blocks, kept.keys);
    await table.bulkDelete(spilled);
    pending = next;
  }
}

/** Removes every pair of the given articles, whose stored prints are `hashes`. */
export async function removePostings(
  table: PostingsTable,
  articles: readonly { articleId: number; hashes: ArrayLike<number> }[],
): Promise<void> {
  const ids = new Set(articles.map((a) => a.articleId));
  const keys = blockKeys(articles.flatMap((a) => Array.from(a.hashes)));
  const blocks = await getBlocks(table, keys);
  const changed: { keys: PostingKey[]; blocks: StoredBlock[] } = { keys: [], blocks: [] };
  const emptied: PostingKey[] = [];
  keys.forEach((key, i) => {
    const block = readBlock(key, blocks[i]);
    if (!block) return;
    const rest = withoutArticles(block, ids);
    if (rest.length === block.length) return;
    if (rest.length === 0) emptied.push(key);
    else {
      changed.keys.push(key);
      changed.blocks.push(writeBlock(key, rest));
    }
  });
  await table.bulkPut(changed.blocks, changed.keys);
  await table.bulkDelete(emptied);
}

/** For each print of `hashes` held by a stored article, the holders' ids, ascending. */
export function readHolders(
  table: PostingsTable,
  hashes: readonly number[],
): Promise<Map<number, number[]>> {
  // A Dexie promise even for no hashes: a transaction awaiting a plain resolved promise
  // loses its zone in Dexie and commits before the next read (PrematureCommitError).
  const keys = blockKeys(hashes);
  return lookupBlocks(table, keys).then((blocks) =>
    holdersIn([readBlocks(keys, blocks)], new Set(hashes)),
  );
}

/**
 * The stored blocks of `keys` for a lookup: level-1 blocks from memory where an earlier
 * lookup read them (level-cache.ts), the rest from the store, and the level-1 blocks read
 * now kept for the next lookups.
 */
function lookupBlocks(
  table: PostingsTable,
  keys: readonly PostingKey[],
): Promise<(StoredBlock | undefined)[]> {
  const cached = cachedBlocks(table.db);
  if (!cached) return getBlocks(table, keys);
  // Taken now, while no write is in flight: a write's changes land in the same map later.
  const known = new Map<PostingKey, StoredBlock | undefined>();
  for (const key of keys) {
    const block = cached.get(key);
    if (block !== undefined) known.set(key, block ?? undefined);
  }
  const unknown = keys.filter((key) => !known.has(key));
  return getBlocks(table, unknown).then((blocks) => {
    unknown.forEach((key, i) => {
      known.set(key, blocks[i]);
      if (isCachedKey(key)) cached.set(key, blocks[i] ?? null);
    });
    return keys.map((key) => known.get(key));
  });
}

/** Runs of consecutive keys this long are read as one range (keyRuns). */
const MIN_RANGE = 8;

/**
 * The stored blocks of `keys` (undefined where none), as `bulkGet` gives them, in two
 * requests per run of consecutive keys instead of one per key. A Dexie promise, even for no
 * keys (readHolders says why).
 */
function getBlocks(
  table: PostingsTable,
  keys: readonly PostingKey[],
): Promise<(StoredBlock | undefined)[]> {
  const { ranges, singles } = keyRuns(keys, MIN_RANGE);
  const runs = ranges.map(([lo, hi]) => {
    const range = table.where(':id').between(lo, hi, true, true);
    return Dexie.Promise.all([range.primaryKeys(), range.toArray()]);
  });
  return Dexie.Promise.all([table.bulkGet(singles), Dexie.Promise.all(runs)]).then(
    ([blocks, read]) => {
      const found = new Map<PostingKey, StoredBlock>();
      blocks.forEach((block, i) => block && found.set(singles[i]!, block));
      for (const [at, values] of read) at.forEach((key, i) => found.set(key, values[i]!));
      return keys.map((key) => found.get(key));
    },
  );
}
