import { describe, expect, it } from 'vitest';
import { describeTimeLeft } from '../../../utils/time-left';

describe('describeTimeLeft', () => {
  it.each([
    [10, 20, 'less than a minute left'],
    [1_300, 20, 'about 1 minute left'],
    [6_000, 20, 'about 5 minutes left'],
    [70_000, 20, 'about 58 minutes left'],
    [80_000, 20, 'about 1 hour left'],
    [100_000, 14, 'about 2 hours left'],
    [100_000, 10, 'about 3 hours left'],
    [100_000, 12, 'about 2.5 hours left'],
  ])('%i left at %i a second: "%s"', (remaining, perSecond, said) => {
    expect(describeTimeLeft(remaining, perSecond)).toBe(said);
  });

  it('says nothing without a pace or anything left', () => {
    expect(describeTimeLeft(100, 0)).toBeNull();
    expect(describeTimeLeft(100, Number.NaN)).toBeNull();
    expect(describeTimeLeft(0, 10)).toBeNull();
  });
});
