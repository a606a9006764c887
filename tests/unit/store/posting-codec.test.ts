import { describe, expect, it } from 'vitest';
import { packPairs, unpackPairs } from '../../../utils/store/posting-codec';
import { bucketOf, POSTING_LEVELS } from '../../../utils/store/posting-levels';
import { randoms } from './random-uint32';

/** `n` pairs whose prints share `bucket` at `bits`, ids from `nextId`. */
function pairsIn(bits: number, bucket: number, n: number, nextId: () => number, seed = 7) {
  const next = randoms(seed);
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) {
    const low = next() >>> bits;
    pairs.push((bucket * 2 ** (32 - bits) + low) >>> 0, nextId());
  }
  return pairs;
}

describe('posting codec', () => {
  it('gives back every pair of every level, in order', () => {
    POSTING_LEVELS.forEach(({ bits }, level) => {
      for (const bucket of [0, 1, 2 ** bits - 1]) {
        let id = 0;
        const pairs = pairsIn(bits, bucket, 500, () => (id += 1 + ((level * 37 + id) % 300)));
        for (let i = 0; i < pairs.length; i += 2) expect(bucketOf(pairs[i]!, bits)).toBe(bucket);
        expect([...unpackPairs(packPairs(pairs, bits), bits, bucket)]).toEqual(pairs);
      }
    });
  });

  it('keeps ids that step back, repeat, or span the whole uint32 range', () => {
    // Two whole bytes of print below a 16-bit bucket (store version 4's last level).
    const bits = 16;
    const ids = [5, 5, 3, 0xffffffff, 1, 0x80000000, 0x7fffffff, 0, 0xfffffffe, 200_000];
    const at = ids.values();
    const pairs = pairsIn(bits, 0xbeef, ids.length, () => at.next().value!);
    expect([...unpackPairs(packPairs(pairs, bits), bits, 0xbeef)]).toEqual(pairs);
    // Prints at the ends of a bucket.
    const edges = [0xbeef0000, 9, 0xbeefffff, 10];
    expect([...unpackPairs(packPairs(edges, bits), bits, 0xbeef)]).toEqual(edges);
  });

  it('packs an empty block to no bytes and back', () => {
    expect(packPairs([], 16)).toHaveLength(0);
    expect(unpackPairs(new Uint8Array(0), 16, 3)).toHaveLength(0);
  });

  it('stores a last-level block of ascending ids in 5 of the 8 bytes a plain pair takes', () => {
    // As at 100,000 stored articles: some 400 pairs a block, ids about 250 apart; 17 bits of
    // print below the bucket take 3 bytes, the id's step 2.
    const bits = POSTING_LEVELS[POSTING_LEVELS.length - 1]!.bits;
    const step = randoms(3);
    let id = 0;
    const pairs = pairsIn(bits, 77, 400, () => (id += step() % 500));
    expect(packPairs(pairs, bits).byteLength).toBeLessThanOrEqual((5 / 8) * 4 * pairs.length);
  });

  it('reads a truncated block without throwing or inventing ids past its end', () => {
    const bits = 16;
    let id = 1000;
    const pairs = pairsIn(bits, 4, 10, () => (id += 300));
    const bytes = packPairs(pairs, bits);
    const cut = unpackPairs(bytes.subarray(0, bytes.length - 1), bits, 4);
    expect(cut.length).toBeLessThan(pairs.length);
    expect([...cut.subarray(0, cut.length - 2)]).toEqual(pairs.slice(0, cut.length - 2));
  });
});
