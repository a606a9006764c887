import { describe, expect, it } from 'vitest';
import { compareHref, findMatch, parseCompareHash } from '../../../utils/compare-link';
import { EMPTY_REPORT } from '../../../utils/tab-result';
import type { ArticleMatch } from '../../../utils/match-result';

describe('compare links', () => {
  it('the saved page reads back the pair a link names', () => {
    const href = compareHref({ id: 12, otherId: 3 });
    expect(href).toBe('/saved.html#compare=12-3');
    expect(parseCompareHash(href.slice(href.indexOf('#')))).toEqual({ id: 12, otherId: 3 });
  });

  it('names an unsaved article by its tab, tab 0 included', () => {
    for (const tabId of [0, 12, 3]) {
      const href = compareHref({ tabId, otherId: 3 });
      expect(href).toBe(`/saved.html#compare=tab${tabId}-3`);
      expect(parseCompareHash(href.slice(href.indexOf('#')))).toEqual({ tabId, otherId: 3 });
    }
  });

  it.each([
    '',
    '#',
    '#compare=',
    '#compare=3',
    '#compare=3-3',
    '#compare=0-4',
    '#compare=-1-4',
    '#compare=1-2-3',
    '#compare=a-b',
    '#compare=1-2x',
    '#compare=1234567890123456-2',
    '#compare=tab4-0',
    '#compare=tab-4',
    '#compare=tabs4-2',
    '#compare=TAB4-2',
  ])('ignores %j', (hash) => expect(parseCompareHash(hash)).toBeNull());

  it("finds the other article in any of the report's lists", () => {
    const match = (articleId: number) => ({ articleId }) as ArticleMatch;
    const report = {
      ...EMPTY_REPORT,
      otherOutlets: [match(4)],
      sameOutlet: [match(7)],
      chanceOverlaps: [match(9)],
    };
    expect(findMatch(report, 4)?.articleId).toBe(4);
    expect(findMatch(report, 7)?.articleId).toBe(7);
    expect(findMatch(report, 9)?.articleId).toBe(9);
    expect(findMatch(report, 5)).toBeNull();
  });
});
