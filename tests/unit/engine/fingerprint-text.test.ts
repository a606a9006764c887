import { describe, expect, it } from 'vitest';
import {
  fingerprintText,
  LEAD_LOOKUP_MAX_WORDS,
  lookupPrints,
  SHINGLE_WORDS,
  WINDOW,
} from '../../../utils/engine/fingerprint-text';
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

  it('is blind to accents, quotes, brackets and to case outside names', () => {
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

describe('lookupPrints', () => {
  it('looks a short article up by all its stored prints, lead included', () => {
    const brief = syntheticText(11, LEAD_LOOKUP_MAX_WORDS - 1);
    expect(lookupPrints(brief)).toEqual(fingerprintText(brief));
  });

  it('looks a long article up by a subset of its stored prints, without most of its lead', () => {
    const long = syntheticText(12, LEAD_LOOKUP_MAX_WORDS + 200);
    const stored = fingerprintText(long);
    const looked = lookupPrints(long);
    expect(looked.every((h) => stored.includes(h))).toBe(true);
    // The lead's 48 shingles are all stored; winnowing keeps only a few of them.
    expect(stored.length - looked.length).toBeGreaterThan(25);
  });

  it("still finds a stored brief that shares a window's run of a long article's lead", () => {
    const shared = syntheticText(98, WINDOW + SHINGLE_WORDS - 1);
    for (const seed of [13, 14, 15, 16, 17]) {
      const brief = fingerprintText(`${syntheticText(seed, 10)} ${shared}.`);
      const long = lookupPrints(
        `${syntheticText(seed + 30, 5)} ${shared} ${syntheticText(seed + 40, LEAD_LOOKUP_MAX_WORDS)}`,
      );
      expect(long.some((h) => brief.includes(h))).toBe(true);
    }
  });
});
