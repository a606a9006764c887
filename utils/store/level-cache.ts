import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { StoredBlock } from './posting-codec';
import { postingKey, POSTING_LEVELS, type PostingKey } from './posting-levels';

/**
 * Level 1 of the postings (posting-levels.ts) kept in memory between lookups. A lookup reads
 * one block of every level per print; at 100,000 stored articles that is about 95 level-1
 * blocks of up to 8 KB each, most of a query's megabyte and half its IndexedDB requests
 * (tests/bench/RESULTS.md). Each block a lookup reads is kept, and later lookups take it from
 * here: the whole level is at most 1,024 blocks (8 MB packed, typically half that), and a
 * few dozen lookups have read most of it. (Reading it whole at the first lookup cost a cold
 * start 170 ms more at 10,000 articles.)
 *
 * Exactness: a `dbcore` middleware sees every read-write transaction over the postings.
 * While one is in flight (from creation to its end) the cache is not used, and lookups that
 * begin then add nothing to it.
 * The level-1 blocks a transaction writes are applied to the cache once it has committed (a
 * spill from level 0 every few pages read would otherwise empty it); one that fails empties
 * it. IndexedDB runs a read-only transaction created before a read-write one entirely before
 * it, so a lookup that found no write in flight reads the same store the cache holds. Only
 * the database object this watches writes the postings: the background's
 * (entrypoints/background.ts).
 */
const CACHED_LEVEL = 1;
/** The first and last key of the cached level's blocks. */
const CACHED_RANGE: readonly [PostingKey, PostingKey] = [
  postingKey(CACHED_LEVEL, 0),
  postingKey(CACHED_LEVEL, 2 ** POSTING_LEVELS[CACHED_LEVEL]!.bits - 1),
];

/** A change to the cached blocks: a block written, or deleted (null); null: any may have changed. */
type Change = { key: PostingKey; block: StoredBlock | null } | null;

interface LevelCache {
  /** Read-write transactions over the postings created and not yet finished. */
  writing: number;
  /** The blocks known: a block, or null for a key with no block; keys not in it are unknown. */
  blocks: Map<PostingKey, StoredBlock | null> | null;
}

const caches = new WeakMap<object, LevelCache>();

export function isCachedKey(key: unknown): boolean {
  return typeof key === 'number' && key >= CACHED_RANGE[0] && key <= CACHED_RANGE[1];
}

/** Installs the watch on `db`'s writes; openDb (db.ts) calls it on every database it opens. */
export function watchPostingWrites(db: Dexie): void {
  const postings = 'postings';
  const cache: LevelCache = { writing: 0, blocks: null };
  caches.set(db, cache);
  /** The changes each watched transaction has made to the cached level so far. */
  const pending = new WeakMap<object, Change[]>();
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'wiretrace-level-cache',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        if (mode !== 'readwrite' || !stores.includes(postings)) return tx;
        // With no end event to listen to, the count never drops and the cache stays off:
        // slower, never wrong.
        const events = tx as unknown as Partial<EventTarget>;
        const changes: Change[] = [];
        pending.set(tx, changes);
        cache.writing++;
        // A transaction ends either committed or aborted, once.
        const end = (committed: boolean) => {
          cache.writing--;
          if (!committed) cache.blocks = null;
          else applyChanges(cache, changes);
        };
        events.addEventListener?.('complete', () => end(true));
        events.addEventListener?.('abort', () => end(false));
        // A failed request may still let the transaction commit: what it left is unknown.
        events.addEventListener?.('error', () => changes.push(null));
        return tx;
      },
      table(name) {
        const table = down.table(name);
        if (name !== postings) return table;
        return {
          ...table,
          mutate(req) {
            const changes = changesOf(req);
            if (changes.length > 0) {
              const log = pending.get(req.trans);
              if (log) log.push(...changes);
              else {
                // Not a transaction seen begin (a version upgrade's): forget the level.
                cache.blocks = null;
              }
            }
            return table.mutate(req);
          },
        } satisfies DBCoreTable;
      },
    }),
  };
  db.use(middleware);
}

/** What a write does to the cached level. */
function changesOf(req: DBCoreMutateRequest): Change[] {
  if (req.type === 'deleteRange') return [null];
  if (req.type === 'delete')
    return req.keys.filter(isCachedKey).map((key: PostingKey) => ({ key, block: null }));
  // A put or add without explicit keys (a modify() by criteria) may touch any block.
  if (!req.keys) return [null];
  const keys = req.keys;
  return keys.flatMap((key, i) =>
    isCachedKey(key) ? [{ key: key as PostingKey, block: req.values[i] as StoredBlock }] : [],
  );
}

function applyChanges(cache: LevelCache, changes: readonly Change[]): void {
  for (const change of changes) {
    if (!cache.blocks) return;
    if (change === null) cache.blocks = null;
    else cache.blocks.set(change.key, change.block);
  }
}

/**
 * The cached level's blocks known so far, for a lookup to take and add to (null for a key with
 * no block), or null while a write is in flight or for a database not watched.
 */
export function cachedBlocks(db: object): Map<PostingKey, StoredBlock | null> | null {
  // Only a database whose writes are watched may have a cache.
  const cache = caches.get(db);
  if (!cache || cache.writing > 0) return null;
  return (cache.blocks ??= new Map());
}

/** What the cache holds for `db` (for tests), without making one: null when emptied. */
export function knownBlocks(db: object): ReadonlyMap<PostingKey, StoredBlock | null> | null {
  return caches.get(db)?.blocks ?? null;
}
