/**
 * The bytes of one posting block (posting-levels.ts): its (print, article id) pairs, about
 * 4-5 bytes a pair where the Uint32Array blocks written before 2 Dec 2026, read alike, take 8.
 *
 * Why: posting blocks are most of what a bulk fill writes (they are rewritten as pairs move
 * down the levels) and all a lookup reads: with 16-bit last-level buckets, 1.45 MB plain at
 * 100,000 stored articles against 637 KB packed, and 7,247 → 5,971 bytes on disk per article
 * (tests/bench/RESULTS.md). Random
 * prints do not compress, but two parts of a pair are redundant: the top bits of a print
 * are its block's bucket, and ids in a block ascend nearly always (pairs are appended as
 * articles are stored), so each is a small step from the one before.
 *
 * Each pair: the print's bits below the bucket, little-endian in the fewest whole bytes
 * (3 at levels 1 and 2), then the id's difference from the previous pair's id (0 before the
 * first), zigzag-encoded (a replaced article's id can be older) as a base-128 varint.
 */

/** A stored block: packed bytes, or the plain pairs of blocks written before the codec. */
export type StoredBlock = Uint8Array | Uint32Array;

/** Bytes holding a print's bits below its bucket's `bits`. */
function lowBytes(bits: number): number {
  return Math.ceil((32 - bits) / 8);
}

/** Packs pairs (print, id, print, id…) whose prints all lie in one bucket of `bits` bits. */
export function packPairs(pairs: ArrayLike<number>, bits: number): Uint8Array {
  const width = lowBytes(bits);
  // At most 5 varint bytes: a zigzag step between two uint32 ids is under 2^33.
  const out = new Uint8Array((pairs.length / 2) * (width + 5));
  let at = 0;
  let last = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const print = pairs[i]!;
    for (let b = 0; b < width; b++) out[at++] = (print >>> (8 * b)) & 0xff;
    const id = pairs[i + 1]!;
    // Arithmetic, not bit operators: the step may not fit in 32 bits.
    let step = id >= last ? 2 * (id - last) : 2 * (last - id) - 1;
    last = id;
    while (step >= 0x80) {
      out[at++] = (step % 0x80) | 0x80;
      step = Math.floor(step / 0x80);
    }
    out[at++] = step;
  }
  return out.slice(0, at);
}

/** The pairs of a block packed by `packPairs` for `bucket` at `bits`. */
export function unpackPairs(bytes: Uint8Array, bits: number, bucket: number): Uint32Array {
  const out = new Uint32Array(maxPairs(bytes, bits) * 2);
  return out.subarray(0, unpackInto(bytes, bits, bucket, out, 0));
}

/** The most pairs `bytes` can hold at `bits`: each takes at least its low bytes and one more. */
export function maxPairs(bytes: Uint8Array, bits: number): number {
  return Math.floor(bytes.length / (lowBytes(bits) + 1));
}

/**
 * Unpacks a block's pairs into `out` from index `n` (room for `maxPairs` pairs is needed)
 * and returns the index after them: a lookup unpacks all its blocks into one array, since
 * allocating one per block cost more than the unpacking.
 */
export function unpackInto(
  bytes: Uint8Array,
  bits: number,
  bucket: number,
  out: Uint32Array,
  n: number,
): number {
  const width = lowBytes(bits);
  const high = (bucket * 2 ** (32 - bits)) >>> 0;
  const lowMask = 2 ** (32 - bits) - 1;
  let at = 0;
  let last = 0;
  // Runs once per pair read by every lookup (some 160,000 at 100,000 stored articles): bit
  // operators and no loop for steps under 2^14 (ids under 8,192 apart).
  const end = bytes.length;
  while (at + width < end) {
    let low = bytes[at]! | (bytes[at + 1]! << 8);
    if (width > 2) low |= (bytes[at + 2]! << 16) | (width > 3 ? bytes[at + 3]! << 24 : 0);
    at += width;
    let byte = bytes[at++]!;
    let step = byte & 0x7f;
    // A block cut short ends with the last whole pair.
    if (byte & 0x80) {
      if (at >= end) return n;
      byte = bytes[at++]!;
      step |= (byte & 0x7f) << 7;
      for (let scale = 0x4000; byte & 0x80; scale *= 0x80) {
        if (at >= end) return n;
        byte = bytes[at++]!;
        step += (byte & 0x7f) * scale;
      }
    }
    // Zigzag back to a signed step; with integer operators unless the step passes 32 bits.
    if (step <= 0xffffffff) last += step & 1 ? -((step >>> 1) + 1) : step >>> 1;
    else last += step % 2 ? -(step + 1) / 2 : step / 2;
    out[n++] = high | (low & lowMask);
    out[n++] = last;
  }
  return n;
}
