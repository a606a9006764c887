import { describe, expect, it } from 'vitest';
import {
  classifyDerivation,
  DERIVATION_THRESHOLDS as T,
} from '../../../utils/engine/classify-derivation';

describe('classifyDerivation', () => {
  it.each<[number, number, string]>([
    [100, 200, 'wholly'],
    [T.wholly, T.minLongest, 'wholly'],
    [T.wholly - 0.1, 40, 'partially'],
    [T.partially, T.minLongest, 'partially'],
    [T.partially - 0.1, 40, 'non'],
    [90, T.minLongest - 1, 'non'],
    [0, 0, 'non'],
  ])('cut %d%%, longest %d words → %s', (cut, longest, expected) => {
    expect(classifyDerivation(cut, longest)).toBe(expected);
  });

  it('keeps the thresholds ordered and few', () => {
    expect(T.wholly).toBeGreaterThan(T.partially);
    expect(Object.keys(T)).toHaveLength(3);
  });
});
