import { maxPairs, packPairs, unpackInto, unpackPairs, type StoredBlock } from './posting-codec';

/**
 * Postings (which stored article holds which fingerprint) packed many to a record, as
 * (print, article id) pairs, about 4 bytes a pair (posting-codec.ts). One IndexedDB index
 * entry per print is what made bulk fill slow and each article's bytes high
 * (tests/bench/RESULTS.md); packed, an import of 500 articles writes about two thousand
 * records instead of 70,000 index entries.
 *
 * Pairs live in levels. A write appends its pairs to the level-0 block of each print's
 * bucket; a block that reaches its level's `spillAt` is emptied into the next level, whose
 * buckets are finer. A single new article thus rewrites only small blocks, a bulk import
 * goes through to level 1, and the last level holds most pairs in blocks small enough to
 * read one per print. A lookup reads, for each print, one block of every level.
 */
export interface PostingLevel {
  /** A print's bucket at this level is its top `bits` bits. */
  bits: number;
  /** A block holding this many pairs is emptied into the next level. */
  spillAt: number;
}

export const POSTING_LEVELS: readonly PostingLevel[] = [
  // 64 blocks of at most 256 pairs (1.3 KB packed): all a single new article rewrites; each
  // spills about every 120 articles read one by one (such an ingest takes 30-50 ms, not 10).
  { bits: 6, spillAt: 256 },
  // 1,024 blocks of at most 2,048 pairs (8 KB packed): an import batch's pairs gather here
  // and are merged into the last level about every 15 batches, which bounds how often the
  // big blocks are rewritten.
  { bits: 10, spillAt: 2048 },
  // 32,768 blocks: about 400 pairs (2 KB packed) each at 100,000 stored articles. Each
  // level-1 spill rewrites the 32 blocks under it, and every IndexedDB record written costs
  // a bulk fill more than its bytes: at 100,000 stored articles, 32 blocks a spill filled
  // 777 articles/s against 627 with 64, for the same match times; 16 filled 823 but read
  // 1.6 MB a lookup and matched 20 % slower (tests/bench/RESULTS.md, ninth session).
  // Stores up to version 4 used 16 bits (db.ts, rebucket-postings.ts).
  { bits: 15, spillAt: Infinity },
];

/**
 * The levels of store versions 3 and 4: their upgrades (db.ts) write postings as the store
 * then kept them, which version 5's upgrade rebuckets (rebucket-postings.ts).
 */
export const V4_POSTING_LEVELS: readonly PostingLevel[] = [
  { bits: 6, spillAt: 256 },
  { bits: 10, spillAt: 2048 },
  { bits: 16, spillAt: Infinity },
];

/** A set of levels: the store's, or an earlier version's for its upgrade. */
export type PostingLayout = readonly PostingLevel[];

/** A block's key: its level and its bucket there, as one number (a short IndexedDB key). */
export type PostingKey = number;

export function postingKey(level: number, bucket: number): PostingKey {
  return level * 2 ** 24 + bucket;
}

export function bucketOf(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/** The bits of a block's bucket and the bucket, from its key. */
function bucketAt(
  key: PostingKey,
  layout: PostingLayout = POSTING_LEVELS,
): { bits: number; bucket: number } {
  const level = Math.floor(key / 2 ** 24);
  return { bits: layout[level]!.bits, bucket: key - level * 2 ** 24 };
}

/** The pairs of a stored block (posting-codec.ts), whichever form it was written in. */
export function readBlock(key: PostingKey, block: StoredBlock, layout?: PostingLayout): Uint32Array;
export function readBlock(
  key: PostingKey,
  block: StoredBlock | undefined,
  layout?: PostingLayout,
): Uint32Array | undefined;
export function readBlock(key: PostingKey, block: StoredBlock | undefined, layout?: PostingLayout) {
  if (!(block instanceof Uint8Array)) return block;
  const { bits, bucket } = bucketAt(key, layout);
  return unpackPairs(block, bits, bucket);
}

/**
 * The pairs of all `blocks` (stored under `keys`) in one array, for a lookup to scan: one
 * allocation instead of one per block, which cost more than the unpacking.
 */
export function readBlocks(
  keys: readonly PostingKey[],
  blocks: readonly (StoredBlock | undefined)[],
): Uint32Array {
  let room = 0;
  blocks.forEach((block, i) => {
    if (block instanceof Uint8Array) room += 2 * maxPairs(block, bucketAt(keys[i]!).bits);
    else if (block) room += block.length;
  });
  const out = new Uint32Array(room);
  let n = 0;
  blocks.forEach((block, i) => {
    if (block instanceof Uint8Array) {
      const { bits, bucket } = bucketAt(keys[i]!);
      n = unpackInto(block, bits, bucket, out, n);
    } else if (block) {
      out.set(block, n);
      n += block.length;
    }
  });
  return out.subarray(0, n);
}

/** What to store for a block of `pairs`. */
export function writeBlock(
  key: PostingKey,
  pairs: ArrayLike<number>,
  layout?: PostingLayout,
): Uint8Array {
  return packPairs(pairs, bucketAt(key, layout).bits);
}

/**
 * The pairs (print, id, print, id…) of `entries`, each print once per article (as a
 * multiEntry index would keep it): an article holding a print twice must not count twice.
 */
export function pairsOf(entries: readonly { articleId: number; hashes: ArrayLike<number> }[]) {
  const pairs: number[] = [];
  for (const { articleId, hashes } of entries)
    for (const h of new Set(Array.from(hashes))) pairs.push(h, articleId);
  return pairs;
}

/** Pairs grouped by their print's bucket at `bits`. */
export function groupPairs(pairs: ArrayLike<number>, bits: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < pairs.length; i += 2) {
    const bucket = bucketOf(pairs[i]!, bits);
    let group = groups.get(bucket);
    if (!group) groups.set(bucket, (group = []));
    group.push(pairs[i]!, pairs[i + 1]!);
  }
  return groups;
}

/** `block` with `pairs` appended. */
export function appendPairs(block: Uint32Array | undefined, pairs: readonly number[]) {
  const out = new Uint32Array((block?.length ?? 0) + pairs.length);
  if (block) out.set(block);
  out.set(pairs, block?.length ?? 0);
  return out;
}

/** `block` without the pairs of the articles in `ids`. */
export function withoutArticles(block: Uint32Array, ids: ReadonlySet<number>): Uint32Array {
  const kept: number[] = [];
  for (let i = 0; i < block.length; i += 2)
    if (!ids.has(block[i + 1]!)) kept.push(block[i]!, block[i + 1]!);
  return Uint32Array.from(kept);
}

/** The keys of every block that may hold pairs of `hashes`, each once. */
export function blockKeys(hashes: Iterable<number>): PostingKey[] {
  const keys: PostingKey[] = [];
  POSTING_LEVELS.forEach(({ bits }, level) => {
    const buckets = new Set<number>();
    for (const h of hashes) buckets.add(bucketOf(h, bits));
    for (const bucket of buckets) keys.push(postingKey(level, bucket));
  });
  return keys;
}

/**
 * `keys` split into runs of consecutive keys at least `minRun` long, each to be read as one
 * key range, and the rest, to be read one by one. Each IndexedDB request is a round trip to
 * the browser's storage process: a bulk import reads nearly every level-1 block, and each
 * level-1 spill the 64 consecutive level-2 blocks under it.
 */
export function keyRuns(
  keys: Iterable<PostingKey>,
  minRun: number,
): { ranges: [PostingKey, PostingKey][]; singles: PostingKey[] } {
  const sorted = [...new Set(keys)].sort((x, y) => x - y);
  const ranges: [PostingKey, PostingKey][] = [];
  const singles: PostingKey[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - start + 1 >= minRun) ranges.push([sorted[start]!, sorted[end]!]);
    else singles.push(...sorted.slice(start, end + 1));
    start = end + 1;
  }
  return { ranges, singles };
}

/** For each of `wanted`, the ids of the articles holding it in `blocks`, ascending (oldest first). */
export function holdersIn(
  blocks: Iterable<Uint32Array | undefined>,
  wanted: ReadonlySet<number>,
): Map<number, number[]> {
  const holders = new Map<number, number[]>();
  // A query reads some 200,000 pairs at 100,000 stored articles to find a few hundred: a bit
  // per value of a print's low 16 bits turns nearly all away before the set is asked, which
  // is slow for numbers from 2^30 (not small integers in V8), half of all prints.
  const filter = new Uint32Array(1 << 11);
  for (const h of wanted) {
    const word = (h & 0xffff) >>> 5;
    filter[word] = filter[word]! | (1 << (h & 31));
  }
  for (const block of blocks) {
    if (!block) continue;
    for (let i = 0; i < block.length; i += 2) {
      const print = block[i]!;
      if ((filter[(print & 0xffff) >>> 5]! & (1 << (print & 31))) === 0) continue;
      if (!wanted.has(print)) continue;
      let ids = holders.get(print);
      if (!ids) holders.set(print, (ids = []));
      ids.push(block[i + 1]!);
    }
  }
  for (const ids of holders.values()) ids.sort((x, y) => x - y);
  return holders;
}
