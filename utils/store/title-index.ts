import type { Table } from 'dexie';
import type { WiretraceDb } from './db';
import {
  blockOf,
  decodeBlock,
  encodeBlock,
  entriesContaining,
  type TitleBlock,
  type TitleEntry,
} from './title-blocks';

/** Title blocks (title-blocks.ts), keyed by block number. */
export type TitleBlocksTable = Table<TitleBlock, number>;

/** Blocks read at a time by a search: a couple of megabytes, never the whole table. */
const READ_CHUNK = 50;

/**
 * Adds or replaces entries, inside the caller's read-write transaction: each block they
 * fall in is read, changed and written back once.
 */
export async function putTitles(table: TitleBlocksTable, entries: readonly TitleEntry[]) {
  await changeBlocks(
    table,
    groupByBlock(entries, (e) => e.id),
    (old, added) => {
      const merged = new Map(old.map((e) => [e.id, e]));
      for (const e of added) merged.set(e.id, e);
      return [...merged.values()];
    },
  );
}

/** Removes the entries of `ids`, inside the caller's read-write transaction. */
export async function deleteTitles(table: TitleBlocksTable, ids: readonly number[]) {
  await changeBlocks(
    table,
    groupByBlock(ids, (id) => id),
    (old, gone) => {
      const drop = new Set(gone);
      return old.filter((e) => !drop.has(e.id));
    },
  );
}

async function changeBlocks<T>(
  table: TitleBlocksTable,
  groups: Map<number, T[]>,
  change: (old: TitleEntry[], items: T[]) => TitleEntry[],
) {
  // A get and a put (or delete) per block, not Dexie's bulk calls: with those, ingest at
  // 100,000 articles in Chromium took 24-35 ms (median) against 17 without this table; with
  // these, 20.7 (tests/bench/RESULTS.md). An import touches a handful of blocks.
  const keys = [...groups.keys()];
  const stored = await Promise.all(keys.map((key) => table.get(key)));
  await Promise.all(
    keys.map((key, i) => {
      const entries = change(decodeBlock(stored[i]), groups.get(key)!);
      return entries.length === 0 ? table.delete(key) : table.put(encodeBlock(entries), key);
    }),
  );
}

function groupByBlock<T>(items: readonly T[], idOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = blockOf(idOf(item));
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return groups;
}

/** Calls `visit` on every block, `blocksPerRead` blocks at a time, in block order. */
async function eachBlock(
  db: WiretraceDb,
  visit: (block: TitleBlock) => void,
  blocksPerRead: number,
): Promise<void> {
  for (let after = -Infinity; ;) {
    const chunk = await db.titles.where(':id').above(after).limit(blocksPerRead).toArray();
    if (chunk.length === 0) return;
    chunk.forEach(visit);
    after = blockOf(chunk[chunk.length - 1]!.ids[0]!);
  }
}

/**
 * Ids of the stored articles whose title or outlet contains `query` (case-insensitive),
 * newest first (latest first-seen, then highest id), as the saved page lists them.
 */
export async function findByTitle(
  db: WiretraceDb,
  query: string,
  blocksPerRead = READ_CHUNK,
): Promise<number[]> {
  const needle = query.trim().toLowerCase();
  const found: TitleEntry[] = [];
  await eachBlock(db, (block) => found.push(...entriesContaining(block, needle)), blocksPerRead);
  return found.sort((x, y) => y.firstSeen - x.firstSeen || y.id - x.id).map((e) => e.id);
}

/**
 * How many articles are stored. IndexedDB counts by walking the records, and the article
 * records are some 6 kB each: 80 ms at 10,000 articles in Chromium; the blocks are smaller.
 */
export async function countTitles(db: WiretraceDb, blocksPerRead = READ_CHUNK): Promise<number> {
  let count = 0;
  await eachBlock(db, (block) => (count += block.ids.length), blocksPerRead);
  return count;
}
