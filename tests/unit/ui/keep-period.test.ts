import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../utils/format-bytes';
import { recordTimes } from '../../../utils/store/import-articles';
import { makeArticle } from '../make-article';
import { isKeepDays, keepCutoff, keepLabel, readKeepDays } from '../../../utils/keep-period';

const DAY = 24 * 60 * 60 * 1000;

describe('keep period', () => {
  it('reads only the periods offered; anything else keeps forever', () => {
    expect(readKeepDays(90)).toBe(90);
    for (const v of [null, undefined, 0, -30, 91, '90', Infinity, NaN, { days: 90 }])
      expect(readKeepDays(v)).toBeNull();
    expect(isKeepDays(365)).toBe(true);
    expect(isKeepDays(null)).toBe(false);
    expect(keepLabel(90)).toBe('3 months');
    expect(keepLabel(null)).toBe('forever');
  });

  it('cuts off at the period before now, never when kept forever', () => {
    expect(keepCutoff(30, 100 * DAY)).toBe(70 * DAY);
    expect(keepCutoff(null, 100 * DAY)).toBeNull();
  });

  it("takes an export record's last reading, else its first, else now", () => {
    const lastReadOf = (times: object, now: number) =>
      recordTimes({ ...makeArticle({ url: 'https://a.test/' }), ...times }, now).lastSeen;
    expect(lastReadOf({ firstSeen: 5, lastSeen: 9 }, 100)).toBe(9);
    expect(lastReadOf({ firstSeen: 5 }, 100)).toBe(5);
    expect(lastReadOf({ firstSeen: 5, lastSeen: -1 }, 100)).toBe(5);
    expect(lastReadOf({}, 100)).toBe(100);
  });
});

describe('formatBytes', () => {
  it('says sizes in the largest unit under 1,000, with a decimal below 10', () => {
    expect(formatBytes(0, 'en')).toBe('0 kB');
    expect(formatBytes(940, 'en')).toBe('0.9 kB');
    expect(formatBytes(1_234, 'en')).toBe('1.2 kB');
    expect(formatBytes(56_700_000, 'en')).toBe('57 MB');
    expect(formatBytes(605_000_000, 'en')).toBe('605 MB');
    expect(formatBytes(1_500_000_000, 'en')).toBe('1.5 GB');
  });
});
