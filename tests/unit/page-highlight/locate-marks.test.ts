import { describe, expect, it } from 'vitest';
import { locateMarks, type PageMark } from '../../../utils/page-highlight/locate-marks';

/** A mark over the first occurrence of `words` in `text` (after `from`). */
function markOf(text: string, words: string, outlet = 0, from = 0): PageMark {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  return { start, end: start + words.length, outlet };
}

/** The page text each located mark covers. */
function placed(page: string, article: string, marks: PageMark[]): string[] {
  return locateMarks(page, article, marks).located.map((m) => page.slice(m.start, m.end));
}

// The article as extracted: straight quotes, one blank line between paragraphs.
const ARTICLE = [
  'The harbour master said the ferry would sail again on Monday.',
  '"We have waited long enough," said Ines Marlow, who runs the ferry company.',
  'The ferry carries about 300 lorries a day when the river is calm.',
].join('\n\n');

// The page: a menu and headline first, curly quotes, the text wrapped over several lines,
// a photo caption between paragraphs.
const PAGE = [
  'Home\nNews\nThe ferry is back',
  'The harbour master said the ferry\n  would sail again on Monday.',
  'Photo: the quay at dawn',
  '“We have waited long enough,” said Inés Marlow, who runs the ferry company.',
  'The ferry carries about 300 lorries a day when the river is calm.',
  'Share this article',
].join('\n');

describe('locateMarks', () => {
  it('places each mark on its own words in the page, across quotes, accents and line wraps', () => {
    const marks = [
      markOf(ARTICLE, 'said the ferry would sail again'),
      markOf(ARTICLE, 'We have waited long enough', 1),
      markOf(ARTICLE, 'said Ines Marlow'),
      markOf(ARTICLE, 'the river is calm.', 2),
    ];
    expect(placed(PAGE, ARTICLE, marks)).toEqual([
      'said the ferry\n  would sail again',
      'We have waited long enough',
      'said Inés Marlow',
      'the river is calm.',
    ]);
    const { located, missing } = locateMarks(PAGE, ARTICLE, marks);
    expect(missing).toBe(0);
    expect(located.map((m) => m.outlet)).toEqual([0, 1, 0, 2]);
  });

  it("finds a mark's paragraph first, so common words land in the right paragraph", () => {
    // "the ferry" is in every paragraph and in the headline: the third paragraph's is meant.
    const third = ARTICLE.lastIndexOf('The ferry carries');
    const mark = markOf(ARTICLE, 'ferry', 0, third);
    const [at] = locateMarks(PAGE, ARTICLE, [mark]).located;
    expect(at!.start).toBe(PAGE.indexOf('ferry carries'));
  });

  it('keeps punctuation next to the words only where the page has the same', () => {
    const mark = markOf(ARTICLE, '"We have waited long enough,"', 1);
    // The page has curly quotes: the words and the comma, not the quote marks.
    expect(placed(PAGE, ARTICLE, [mark])).toEqual(['We have waited long enough,']);
  });

  it('cuts a mark running across a paragraph break into one piece per paragraph', () => {
    const start = ARTICLE.indexOf('the ferry company.');
    const end = ARTICLE.indexOf(' a day');
    expect(placed(PAGE, ARTICLE, [{ start, end, outlet: 0 }])).toEqual([
      'the ferry company.',
      'The ferry carries about 300 lorries',
    ]);
  });

  it('searches alone for marks of a paragraph the page splits, and counts what it cannot place', () => {
    const article = 'Crews will lay a temporary road across the meadow before the winter floods.';
    // An advertisement inside the paragraph: the paragraph is not on the page whole.
    const page =
      'Crews will lay a temporary road\nAdvertisement\nacross the meadow before the winter floods.';
    const marks = [
      markOf(article, 'a temporary road'),
      markOf(article, 'the winter floods'),
      markOf(article, 'meadow'), // one word: too little to search for alone
    ];
    const { located, missing } = locateMarks(page, article, marks);
    expect(located.map((m) => page.slice(m.start, m.end))).toEqual([
      'a temporary road',
      'the winter floods',
    ]);
    expect(missing).toBe(1);
  });

  it('counts marks whose words the page no longer shows, and ignores marks of punctuation only', () => {
    const article = 'The bridge will open in May.\n\nTolls will be waived for a year.';
    const page = 'The bridge will open in May.\nA different story now fills this page.';
    const marks = [
      markOf(article, 'bridge will open'),
      markOf(article, 'Tolls will be waived'),
      markOf(article, '.'),
    ];
    const { located, missing } = locateMarks(page, article, marks);
    expect(located.map((m) => page.slice(m.start, m.end))).toEqual(['bridge will open']);
    expect(missing).toBe(1);
  });

  it('sees through soft hyphens and zero-width spaces inside words, as extraction does', () => {
    const article = 'Besides President Vladimir Putin, few leaders object.';
    const page = 'Besides President Vladi\u00admir Putin, few lead\u200bers object.';
    const marks = [markOf(article, 'Vladimir Putin, few leaders')];
    expect(placed(page, article, marks)).toEqual(['Vladi\u00admir Putin, few lead\u200bers']);
  });

  it('needs whole words: a mark is not placed inside a longer word', () => {
    const article = 'Port of Reni';
    expect(locateMarks('Ports of Renie', article, [markOf(article, 'Port of Reni')])).toEqual({
      located: [],
      missing: 1,
    });
  });

  it('places marks in scripts written without spaces', () => {
    const article = '乌克兰恢复了多瑙河上的渡轮服务。\n\n司机们已经等待了数周。';
    const page = '首页\n乌克兰恢复了多瑙河上的渡轮服务。\n广告\n司机们已经等待了数周。';
    const marks = [markOf(article, '多瑙河上的渡轮'), markOf(article, '等待了数周')];
    expect(placed(page, article, marks)).toEqual(['多瑙河上的渡轮', '等待了数周']);
  });

  it('places nothing on an empty page and stays quick on a long one', () => {
    expect(locateMarks('', ARTICLE, [markOf(ARTICLE, 'harbour master')]).missing).toBe(1);
    const filler = 'Unrelated words about something else entirely. '.repeat(20_000);
    const page = `${filler}\n${PAGE}`;
    const { located } = locateMarks(page, ARTICLE, [markOf(ARTICLE, 'harbour master said')]);
    expect(page.slice(located[0]!.start, located[0]!.end)).toBe('harbour master said');
  });
});
