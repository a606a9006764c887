import { describe, expect, it } from 'vitest';
import { stripTitleSuffix, sameSite } from '../../../utils/extract/strip-title-suffix.ts';
import { chooseTitle } from '../../../utils/extract/choose-title.ts';

describe('stripTitleSuffix', () => {
  const cases: [title: string, sites: string[], headings: string[], expected: string][] = [
    [
      'Port strike ends after nine days | Harbour Gazette',
      ['Harbour Gazette'],
      [],
      'Port strike ends after nine days',
    ],
    [
      'Port strike ends after nine days - The Harbour Gazette',
      ['Harbour Gazette'],
      [],
      'Port strike ends after nine days',
    ],
    [
      'Harbour Gazette :: Port strike ends after nine days',
      ['harbour-gazette.example'],
      [],
      'Port strike ends after nine days',
    ],
    ['Port strike ends - 21/12/2023 - Business - Gazette', ['Gazette'], [], 'Port strike ends'],
    ['港口罢工结束_财经_海港网', [], ['港口罢工结束'], '港口罢工结束'],
    [
      'Port strike ends after nine days | Jane Roe | Business | The Gazette',
      [],
      ['Port strike ends after nine days'],
      'Port strike ends after nine days',
    ],
    ['Weekly edition for March 2 [Example.net]', ['example.net'], [], 'Weekly edition for March 2'],
    // A dash inside the headline is not a suffix unless it names the site.
    ['Port strike - what happens next', ['Harbour Gazette'], [], 'Port strike - what happens next'],
    [
      'Biden - Trump debate: five takeaways',
      ['BBC News'],
      ['Other headline on the page'],
      'Biden - Trump debate: five takeaways',
    ],
    ['  Port   strike\n ends  ', [], [], 'Port strike ends'],
  ];
  it.each(cases)('%s', (title, sites, headings, expected) => {
    expect(stripTitleSuffix(title, sites, headings)).toBe(expected);
  });
});

describe('sameSite', () => {
  it.each([
    ['the Guardian', 'The Guardian', true],
    ['Folha', 'Folha de S.Paulo', true],
    ['TMZ.com', 'tmz.com', true],
    ['Business', 'Harbour Gazette', false],
    ['AP', 'APA News', false],
  ] as const)('%s ~ %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
  });
});

describe('chooseTitle', () => {
  it('prefers the first candidate a page heading confirms', () => {
    const generic = 'Example News - Latest News & Headlines';
    expect(
      chooseTitle([generic, 'Ferry strike ends after talks'], ['Ferry strike ends after talks']),
    ).toBe('Ferry strike ends after talks');
  });
  it('keeps the JSON-LD headline when it and the heading roughly agree', () => {
    expect(
      chooseTitle(
        ['Ferry strike ends: crews accept offer', 'Ferry strike ends'],
        ['Ferry strike ends as crews accept offer'],
      ),
    ).toBe('Ferry strike ends: crews accept offer');
  });
  it('falls back to the first candidate, then the heading', () => {
    expect(chooseTitle([null, 'Some title', 'Other'], ['Unrelated words here'])).toBe('Some title');
    expect(chooseTitle([null, ''], ['  Only the heading '])).toBe('Only the heading');
  });
  it('skips a truncated headline when a full one follows', () => {
    expect(chooseTitle(['Ferry strike ends after…', 'Ferry strike ends after nine days'], [])).toBe(
      'Ferry strike ends after nine days',
    );
  });
});
