import { POSTING_LEVELS } from '../../../utils/store/posting-levels';

/**
 * Page-side JavaScript: `(bytes, bits, bucket) => Uint32Array`, the pairs of a packed block as
 * unpackPairs (utils/store/posting-codec.ts) gives them. The page cannot import the product's
 * module, so this is a second copy; tests/unit/bench/page-postings.test.ts holds the two equal.
 */
export const PAGE_UNPACK = `((bytes, bits, bucket) => {
  const width = Math.ceil((32 - bits) / 8);
  const high = (bucket * 2 ** (32 - bits)) >>> 0, lowMask = 2 ** (32 - bits) - 1;
  const out = [];
  let at = 0, last = 0;
  while (at + width < bytes.length) {
    let low = 0;
    for (let b = 0; b < width; b++) low |= bytes[at++] << (8 * b);
    let byte = bytes[at++], step = byte & 0x7f;
    for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
      if (at >= bytes.length) return Uint32Array.from(out);
      byte = bytes[at++];
      step += (byte & 0x7f) * scale;
    }
    last = step % 2 === 0 ? last + step / 2 : last - (step + 1) / 2;
    out.push(high | (low & lowMask), last);
  }
  return Uint32Array.from(out);
})`;

/**
 * Page-side JavaScript: a function scanning the blocks under `keys` for the holders of
 * `hashes`, ids ascending, as holdersIn does (posting-levels.ts); also counts the bytes read.
 * Blocks are packed (Uint8Array) or, written before the codec, plain pairs (Uint32Array).
 */
export const PAGE_SCAN = `((keys, blocks, hashes, levels) => {
  const unpack = ${PAGE_UNPACK};
  const wanted = new Set(hashes), holders = new Map();
  let bytes = 0;
  for (let k = 0; k < blocks.length; k++) {
    let block = blocks[k];
    if (!block) continue;
    bytes += block.byteLength;
    if (block instanceof Uint8Array) {
      const level = Math.floor(keys[k] / 2 ** 24);
      block = unpack(block, levels[level], keys[k] - level * 2 ** 24);
    }
    for (let i = 0; i < block.length; i += 2) {
      if (!wanted.has(block[i])) continue;
      let ids = holders.get(block[i]);
      if (!ids) holders.set(block[i], (ids = []));
      ids.push(block[i + 1]);
    }
  }
  for (const ids of holders.values()) ids.sort((x, y) => x - y);
  return { holders, bytes };
})`;

/**
 * Page-side JavaScript (a string to embed in an evaluated expression) reading the store's
 * packed postings with raw IndexedDB, the blocks utils/store/postings.ts reads through Dexie
 * (one request a block here, where the store reads runs of consecutive blocks as ranges):
 * `holders(tx, hashes)` resolves to { holders: Map(print → ids ascending), blocks, bytes }.
 * Kept in step with posting-levels.ts by taking its levels.
 */
export const PAGE_POSTINGS = `{
  levels: ${JSON.stringify(POSTING_LEVELS.map((l) => l.bits))},
  keys(hashes) {
    const keys = [];
    this.levels.forEach((bits, level) => {
      for (const b of new Set(hashes.map((h) => h >>> (32 - bits)))) keys.push(level * 2 ** 24 + b);
    });
    return keys;
  },
  async holders(tx, hashes) {
    const store = tx.objectStore('postings');
    const keys = this.keys(hashes);
    const blocks = await Promise.all(keys.map((k) => new Promise((ok, ko) => {
      const r = store.get(k); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error);
    })));
    return { ...(${PAGE_SCAN})(keys, blocks, hashes, this.levels), blocks: keys.length };
  },
}`;
