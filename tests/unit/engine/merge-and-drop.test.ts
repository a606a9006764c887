import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../utils/engine/compare-pair';

const S1 = 'The harbour authority said the new ferry terminal would open in the spring';
const S2 = 'after engineers finished repairs to the breakwater damaged by winter storms.';
const S3 = 'Ticket prices for the crossing to the islands will stay the same next year.';

const count = (a: string, b: string): number => comparePair(a, b).passages.length;

describe('nearby passages merge, tiny ones are dropped', () => {
  it.each<[string, string, string, number]>([
    [
      'words inserted between two shared stretches',
      `${S1} ${S2}`,
      `${S1}, officials added, ${S2}`,
      1,
    ],
    [
      'a word changed between them',
      `${S1} ${S2}`,
      `${S1} ${S2.replace('finished', 'completed')}`,
      1,
    ],
    [
      'a whole sentence inserted between them',
      `${S1} ${S2}`,
      `${S1}, according to a statement released by the port's owners on Monday morning, ${S2}`,
      2,
    ],
    [
      'a stretch of four shared words alone',
      `${S3}`,
      'Residents said ticket prices for the ferry had doubled.',
      0,
    ],
    ['a single shared long sentence', `${S3}`, `Officials confirmed it. ${S3}`, 1],
  ])('%s', (_name, a, b, passages) => {
    expect(count(a, b)).toBe(passages);
  });
});
