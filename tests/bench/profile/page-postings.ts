import { POSTING_LEVELS } from '../../../utils/store/posting-levels';

/**
 * Page-side JavaScript: a function scanning (print, id) blocks for the holders of `hashes`,
 * ids ascending, as holdersIn does (posting-levels.ts); also counts the bytes read.
 */
export const PAGE_SCAN = `((blocks, hashes) => {
  const wanted = new Set(hashes), holders = new Map();
  let bytes = 0;
  for (const block of blocks) {
    if (!block) continue;
    bytes += block.byteLength;
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
 * packed postings with raw IndexedDB, as utils/store/postings.ts does through Dexie:
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
    return { ...(${PAGE_SCAN})(blocks, hashes), blocks: keys.length };
  },
}`;
