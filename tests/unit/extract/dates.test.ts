import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { normalizeDate } from '../../../utils/extract/normalize-date.ts';
import { findDates } from '../../../utils/extract/find-dates.ts';

describe('normalizeDate', () => {
  it.each([
    ['2024-10-17T09:30:00+02:00', '2024-10-17T07:30:00.000Z'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000Z'],
    ['2015-04-30T07:19:58', '2015-04-30T07:19:58.000Z'],
    ['2023-06-07T20:54:26.829Z', '2023-06-07T20:54:26.829Z'],
    ['2024-01-15', '2024-01-15T00:00:00.000Z'],
    ['20240115', '2024-01-15T00:00:00.000Z'],
    ['2024-03-05T14:20:00 GMT', '2024-03-05T14:20:00.000Z'],
    ['Thu, 17 Oct 2024 10:00:00 GMT', '2024-10-17T10:00:00.000Z'],
    ['1729159200', '2024-10-17T10:00:00.000Z'],
    ['1729159200000', '2024-10-17T10:00:00.000Z'],
    ['', null],
    [null, null],
    ['yesterday', null],
    ['2024-13-45', null],
    ['0001-01-01T00:00:00Z', null],
  ])('%s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('findDates', () => {
  const doc = (body: string) =>
    parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document;
  it('prefers JSON-LD, then meta tags', () => {
    const meta = new Map([
      ['article:published_time', '2024-01-02T00:00:00Z'],
      ['article:modified_time', '2024-01-03T00:00:00Z'],
    ]);
    expect(findDates({ datePublished: '2024-01-01T00:00:00Z' }, meta, doc(''), null)).toEqual({
      publishedTime: '2024-01-01T00:00:00.000Z',
      modifiedTime: '2024-01-03T00:00:00.000Z',
    });
  });
  it('reads a <time> in the article header but not one in a sidebar', () => {
    const header =
      '<div><h1>Title</h1><span><time datetime="2024-05-01T08:00:00Z">1 May</time></span></div>';
    expect(findDates(null, new Map(), doc(header), null).publishedTime).toBe(
      '2024-05-01T08:00:00.000Z',
    );
    const sidebar =
      '<div><div><div><h1>Title</h1></div></div></div><ul class="side"><li><time datetime="2020-01-01">x</time></li></ul>';
    expect(findDates(null, new Map(), doc(sidebar), null).publishedTime).toBeNull();
  });
  it('skips unparseable values and falls back to Readability', () => {
    const meta = new Map([
      ['article:published_time', 'soon'],
      ['pubdate', 'n/a'],
    ]);
    expect(findDates(null, meta, doc(''), '2024-02-02').publishedTime).toBe(
      '2024-02-02T00:00:00.000Z',
    );
  });
});
