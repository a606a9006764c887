import { describe, expect, it } from 'vitest';
import { fingerprintText, lookupPrints } from '../../../utils/engine/fingerprint-text';
import { namePrints } from '../../../utils/engine/name-prints';
import { syntheticText } from './synthetic-text';

describe('namePrints', () => {
  it('gives one print per pair of capitalised words inside a sentence', () => {
    expect(
      namePrints('The show starred Rowan Atkinson and Tony Robinson at the Palace Theatre.'),
    ).toHaveLength(3);
    // Three capitalised words: two overlapping pairs.
    expect(namePrints('fans of Paul Bonehead Arthurs cheered')).toHaveLength(2);
  });

  it('hashes the normalised words, so spelling variants of case and accents agree', () => {
    expect(namePrints('an interview with Zoë Ball today')).toEqual(
      namePrints('an interview with ZOE BALL today'),
    );
  });

  it('skips pairs opened by a sentence start or split by punctuation', () => {
    // "The Mirror" opens a sentence; "Beckham. Fans" and "Beckham, Fans" are not one name.
    expect(namePrints('The Mirror said so.')).toEqual([]);
    expect(namePrints('it was Beckham. Fans cheered')).toEqual([]);
    expect(namePrints('it was Beckham, Fans cheered')).toEqual([]);
    expect(namePrints('"We won," he said.')).toEqual([]);
  });

  it('finds none in scripts without case', () => {
    expect(namePrints('北京 今天 下雨 了')).toEqual([]);
    expect(namePrints('القاهرة اليوم تحتفل')).toEqual([]);
  });

  it('never equals a word shingle print of the same words', () => {
    const text = 'said Rowan Atkinson Rowan Atkinson Rowan';
    const names = new Set(namePrints(text));
    const lower = fingerprintText(text.toLowerCase());
    expect(lower.some((h) => names.has(h))).toBe(false);
  });
});

describe('name prints in retrieval', () => {
  it('are stored with every article and looked up by short ones', () => {
    const story = `${syntheticText(40, 300)} the comedian Les Dawson was honoured ${syntheticText(41, 300)}`;
    const brief = `${syntheticText(42, 20)} a plaque for Les Dawson went up ${syntheticText(43, 10)}`;
    const name = namePrints('for Les Dawson')[0]!;
    expect(fingerprintText(story)).toContain(name);
    expect(lookupPrints(brief)).toContain(name);
    // A long article finds its sources by long shared runs; names would only add lookups.
    expect(lookupPrints(story)).not.toContain(name);
  });
});
