import { describe, expect, it } from 'vitest';
import {
  blockOf,
  decodeBlock,
  encodeBlock,
  entriesContaining,
  searchKey,
  TITLES_PER_BLOCK,
  titleEntry,
} from '../../../utils/store/title-blocks';

describe('title blocks', () => {
  it('give back their entries in id order, whatever the order written', () => {
    const entries = [
      titleEntry({ id: 9, title: 'Ferry back', outlet: 'Port Times', firstSeen: 3 }),
      titleEntry({ id: 4, title: 'Ferry gone', outlet: 'Quay Daily', firstSeen: 5 }),
    ];
    expect(decodeBlock(encodeBlock(entries))).toEqual([entries[1], entries[0]]);
    expect(decodeBlock(undefined)).toEqual([]);
  });

  it('keep a title holding the separator (NUL) in one entry', () => {
    const entries = [
      titleEntry({ id: 1, title: 'A\u0000B', outlet: 'X', firstSeen: 1 }),
      titleEntry({ id: 2, title: 'C', outlet: 'Y', firstSeen: 2 }),
    ];
    expect(decodeBlock(encodeBlock(entries)).map((e) => e.key)).toEqual(['a b\nx', 'c\ny']);
  });

  it('find entries by title or outlet, case-insensitively, and none across two entries', () => {
    const block = encodeBlock([
      titleEntry({ id: 1, title: 'Harbour cranes', outlet: 'Quay Daily', firstSeen: 1 }),
      titleEntry({ id: 2, title: 'Budget VOTE', outlet: 'Port Times', firstSeen: 2 }),
    ]);
    expect(entriesContaining(block, 'vote').map((e) => e.id)).toEqual([2]);
    expect(entriesContaining(block, 'quay').map((e) => e.id)).toEqual([1]);
    // The end of one entry and the start of the next are not one text.
    expect(entriesContaining(block, 'daily\u0000budget')).toEqual([]);
    expect(entriesContaining(block, searchKey('Cranes', '').trim())).toHaveLength(1);
  });

  it('hold TITLES_PER_BLOCK consecutive ids each', () => {
    expect(blockOf(0)).toBe(0);
    expect(blockOf(TITLES_PER_BLOCK - 1)).toBe(0);
    expect(blockOf(TITLES_PER_BLOCK)).toBe(1);
  });
});
