import { describe, expect, it } from 'vitest';
import { publishedAfter } from '../../../utils/engine/index';
import { meterDate } from '../../../utils/eval/meter/meter-paths';

describe('publishedAfter', () => {
  it('is true only when both times are known and the other is later', () => {
    expect(publishedAfter('2026-03-05', '2026-03-04')).toBe(true);
    expect(publishedAfter('2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z')).toBe(false);
    expect(publishedAfter('2026-03-04', '2026-03-04')).toBe(false);
    expect(publishedAfter(null, '2026-03-04')).toBe(false);
    expect(publishedAfter('2026-03-05', undefined)).toBe(false);
    expect(publishedAfter('not a date', '2026-03-04')).toBe(false);
  });
});

describe('meterDate', () => {
  it('reads METER date folders (day.month.two-digit year) and nothing else', () => {
    expect(meterDate('09.08.99')).toBe('1999-08-09');
    expect(meterDate('21.06.00')).toBe('2000-06-21');
    expect(meterDate('31.02.99')).toBe(null);
    expect(meterDate('gala')).toBe(null);
    expect(meterDate('2000-06-21')).toBe(null);
  });
});
