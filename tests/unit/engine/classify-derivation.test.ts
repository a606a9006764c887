import { describe, expect, it } from 'vitest';
import { articleDerivation, combinedCut } from '../../../utils/engine/article-derivation';
import {
  classifyDerivation,
  DERIVATION_THRESHOLDS as T,
} from '../../../utils/engine/classify-derivation';

describe('classifyDerivation', () => {
  it.each<[number, string]>([
    [100, 'wholly'],
    [T.wholly, 'wholly'],
    [T.wholly - 0.1, 'partially'],
    [T.partially, 'partially'],
    [T.partially - 0.1, 'non'],
    [0, 'non'],
  ])('cut %d%% → %s', (cut, expected) => {
    expect(classifyDerivation(cut)).toBe(expected);
  });

  it('keeps the thresholds ordered and few', () => {
    expect(T.wholly).toBeGreaterThan(T.partially);
    expect(Object.keys(T)).toHaveLength(2);
  });
});

describe('articleDerivation over several sources', () => {
  const text = 'one two three four five six seven eight nine ten';
  const span = (from: string, to: string) => ({
    a: { start: text.indexOf(from), end: text.indexOf(to) + to.length },
    b: { start: 0, end: 1 },
  });
  it.each<[string, { passages: ReturnType<typeof span>[]; cut: number }[], number, string]>([
    ['no match', [], 0, 'non'],
    ['one source', [{ passages: [span('one', 'seven')], cut: 70 }], 70, 'wholly'],
    [
      'two sources add up',
      [
        { passages: [span('one', 'three')], cut: 30 },
        { passages: [span('six', 'nine')], cut: 40 },
      ],
      70,
      'wholly',
    ],
    [
      'overlapping sources count once',
      [
        { passages: [span('one', 'three')], cut: 30 },
        { passages: [span('two', 'four')], cut: 30 },
      ],
      40,
      'partially',
    ],
    [
      'chance overlaps are not sources',
      [
        { passages: [span('one', 'one')], cut: 10 },
        { passages: [span('eight', 'ten')], cut: 4 },
      ],
      40,
      'non',
    ],
  ])('%s', (_name, matches, cut, expected) => {
    expect(combinedCut(text, matches)).toBe(cut);
    expect(articleDerivation(text, matches)).toBe(expected);
  });
});
