import { describe, expect, it } from 'vitest';
import { detectCredits, agenciesIn } from '../../../utils/extract/detect-credits.ts';
import { agencyFromUrl } from '../../../utils/extract/agency-from-url.ts';

describe('detectCredits', () => {
  const body =
    'The minister said the plan would be published next week, after talks with the unions.';
  const cases: [name: string, bylines: string[], paragraphs: string[], expected: string[]][] = [
    ['AFP dateline', [], ['PARIS (AFP) - The government said on Monday...', body], ['AFP']],
    [
      'dateline after a standfirst',
      [],
      ['Ferries resume.', 'IZMAIL, Ukraine (AP) — Ferries resumed...', body],
      ['AP'],
    ],
    [
      'a parenthesis deep in the story is not a dateline',
      [],
      [body, body, body, 'LONDON (Reuters) - Earlier...'],
      [],
    ],
    ['AP dateline with state', [], ['KYIV, Ukraine (AP) — Officials said...', body], ['AP']],
    ['EFE dateline with date', [], ['MADRID, 17 oct (EFE).- El Gobierno...', body], ['EFE']],
    [
      'Reuters dateline with date',
      [],
      ['WASHINGTON, Oct 17 (Reuters) - The U.S...', body],
      ['Reuters'],
    ],
    ['dpa dateline', [], ['Berlin (dpa) - Die Regierung...', body], ['dpa']],
    ['Arabic AFP dateline', [], ['القاهرة (أ ف ب) - قالت الحكومة...', body], ['AFP']],
    [
      'Chinese Xinhua dateline',
      [],
      ['新华社北京10月17日电 外交部发言人17日表示……', body],
      ['Xinhua'],
    ],
    ['Japanese Kyodo dateline', [], ['【ワシントン共同】米政府は17日……', body], ['Kyodo']],
    ['Chinese source line', [], [body, '（来源：中新社）'], ['CNS']],
    ['byline with agency', ['Jane Roe, Associated Press'], [body], ['AP']],
    [
      'byline naming two agencies',
      ['Staff and agencies, with AFP and Reuters'],
      [body],
      ['AFP', 'Reuters'],
    ],
    [
      'Reuters credit line',
      [],
      [body, 'Reporting by Jane Roe; Editing by John Doe and Reuters staff'],
      ['Reuters'],
    ],
    ['bare agency line', [], [body, '— AFP/dpa'], ['AFP', 'dpa']],
    ['with-line', [], [body, 'With AFP'], ['AFP']],
    [
      'copyright line',
      ['Copyright 2024 The Associated Press. All rights reserved.'],
      [body],
      ['AP'],
    ],
    [
      'prose mentioning an agency does not count',
      [],
      [
        body,
        'The minister told Reuters in an interview last week that she had no plans to resign, and repeated that view to AFP on Monday.',
      ],
      [],
    ],
    ['no agency at all', ['Jane Roe'], ['LONDON - The council said...', body], []],
    [
      'the word "ap" in lower case is not AP',
      [],
      ['Residents can tap the ap icon to pay their fare.'],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, bylines, paragraphs, expected) => {
    expect(detectCredits(bylines, paragraphs)).toEqual(expected);
  });
});

describe('agenciesIn', () => {
  it.each([
    ['Agence France-Presse', ['AFP']],
    ['Press Association', ['PA']],
    ['Deutsche Presse-Agentur', ['dpa']],
    ['Xinhua', ['Xinhua']],
    ['Kyodo News', ['Kyodo']],
    ['Yonhap', ['Yonhap']],
    ['ANSA', ['ANSA']],
    ['UPI', ['UPI']],
    ['Bloomberg', ['Bloomberg']],
    ['Reuters, Reuters and AFP', ['AFP', 'Reuters']],
    ['Appleton Post', []],
  ])('%s', (text, expected) => {
    expect(agenciesIn([text])).toEqual(expected);
  });
});

describe('agencyFromUrl', () => {
  it.each([
    ['https://apnews.com/article/ferry-abc123', 'AP'],
    ['https://www.reuters.com/world/europe/x', 'Reuters'],
    ['https://www.afp.com/en/news/1', 'AFP'],
    ['http://english.news.cn/20241017/x.htm', 'Xinhua'],
    ['https://harbour-gazette.example/world/x', null],
    ['https://notreuters.com/x', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(agencyFromUrl(url)).toBe(expected);
  });
});
