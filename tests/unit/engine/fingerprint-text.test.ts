import { describe, expect, it } from 'vitest';
import { fingerprintText, SHINGLE_WORDS, WINDOW } from '../../../utils/engine/fingerprint-text';
import { syntheticText } from './synthetic-text';

describe('fingerprintText', () => {
  it('returns unique unsigned 32-bit hashes, ascending', () => {
    const prints = fingerprintText(syntheticText(1, 600));
    expect(prints).toEqual([...new Set(prints)].sort((x, y) => x - y));
    for (const h of prints) expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
  });

  it('keeps about 100-150 prints for a 600-word article', () => {
    for (const seed of [1, 2, 3]) {
      const n = fingerprintText(syntheticText(seed, 600)).length;
      expect(n).toBeGreaterThanOrEqual(100);
      expect(n).toBeLessThanOrEqual(150);
    }
  });

  it('finds every shared run of window + shingle - 1 words, whatever surrounds it', () => {
    const shared = syntheticText(99, WINDOW + SHINGLE_WORDS - 1);
    for (const seed of [4, 5, 6, 7, 8]) {
      const x = fingerprintText(
        `${syntheticText(seed, 200)} ${shared} ${syntheticText(seed + 10, 50)}`,
      );
      const y = fingerprintText(`${syntheticText(seed + 20, 80)}\n\n${shared}.`);
      expect(x.some((h) => y.includes(h))).toBe(true);
    }
  });

  it('is blind to case, accents, quotes and brackets', () => {
    expect(
      fingerprintText(
        '“We know (of) about 10,000 soldiers,” said Zelenskyy’s office in Kyiv today',
      ),
    ).toEqual(
      fingerprintText(
        '"we KNOW [of] about 10,000 soldiers", said zelenskyy\'s office in kyiv today',
      ),
    );
  });

  it('gives nothing for an empty text and something for a short one', () => {
    expect(fingerprintText('')).toEqual([]);
    expect(fingerprintText('one two three four five six').length).toBeGreaterThan(0);
  });
});
