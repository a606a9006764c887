import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../utils/engine/compare-pair';
import { newsGenerator } from '../../bench/synthetic-news';

describe('unrelated articles', () => {
  it('share no passages, even with a news-like word-frequency distribution', () => {
    const gen = newsGenerator(21);
    const pairs = Array.from({ length: 30 }, () => [gen(600), gen(600)] as const);
    const withPassages = pairs.filter(([a, b]) => comparePair(a, b).passages.length > 0);
    expect(withPassages).toHaveLength(0);
  });

  it('do not turn a shared name into a derivation', () => {
    const gen = newsGenerator(22);
    const a = `${gen(300)} Marta Quillon ${gen(300)}`;
    const b = `${gen(300)} Marta Quillon ${gen(300)}`;
    expect(comparePair(a, b)).toMatchObject({ derivation: 'non', passages: [] });
  });
});
