import { describe, expect, it } from 'vitest';
import { PAGE_SCAN, PAGE_UNPACK } from '../../bench/profile/page-postings';
import { packPairs, unpackPairs } from '../../../utils/store/posting-codec';
import {
  holdersIn,
  POSTING_LEVELS,
  postingKey,
  readBlock,
} from '../../../utils/store/posting-levels';

// The bench profile's page-side copies, evaluated here as the page evaluates them.
const pageUnpack = (0, eval)(PAGE_UNPACK) as typeof unpackPairs;
const pageScan = (0, eval)(PAGE_SCAN) as (
  keys: number[],
  blocks: (Uint8Array | Uint32Array | undefined)[],
  hashes: number[],
  levels: number[],
) => { holders: Map<number, number[]>; bytes: number };

describe('bench page-side postings reader', () => {
  it('unpacks blocks exactly as the store does, at every level', () => {
    POSTING_LEVELS.forEach(({ bits }) => {
      const bucket = 2 ** bits - 2;
      const pairs: number[] = [];
      for (let i = 0; i < 300; i++)
        pairs.push(
          (bucket * 2 ** (32 - bits) + ((i * 2654435761) >>> bits)) >>> 0,
          (i * 7919) % 5000,
        );
      const bytes = packPairs(pairs, bits);
      expect([...pageUnpack(bytes, bits, bucket)]).toEqual([...unpackPairs(bytes, bits, bucket)]);
      expect([...pageUnpack(bytes.subarray(0, 10), bits, bucket)]).toEqual([
        ...unpackPairs(bytes.subarray(0, 10), bits, bucket),
      ]);
    });
  });

  it('finds the holders holdersIn finds, in packed and plain blocks', () => {
    const last = POSTING_LEVELS.length - 1;
    const { bits } = POSTING_LEVELS[last]!;
    const keys = [postingKey(last, 0x1234), postingKey(last, 0x1235)];
    const blocks = [
      packPairs([0x12340001, 4, 0x12340002, 5, 0x12340001, 9], bits),
      Uint32Array.from([0x12350007, 3, 0x12350007, 1]),
    ];
    const hashes = [0x12340001, 0x12350007, 0x12340003];
    const page = pageScan(
      keys,
      blocks,
      hashes,
      POSTING_LEVELS.map((l) => l.bits),
    );
    const store = holdersIn(
      blocks.map((b, i) => readBlock(keys[i]!, b)),
      new Set(hashes),
    );
    expect([...page.holders].sort()).toEqual([...store].sort());
    expect(page.holders.get(0x12350007)).toEqual([1, 3]);
    expect(page.bytes).toBe(blocks[0]!.byteLength + blocks[1]!.byteLength);
  });
});
