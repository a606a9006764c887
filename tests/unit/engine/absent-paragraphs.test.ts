import { describe, expect, it } from 'vitest';
import { absentParagraphs, paragraphSpans } from '../../../utils/engine/absent-paragraphs';

const text =
  'First paragraph has five words.\n\nSecond one is here too.\n\n\n  Third paragraph, indented.  \n\nFourth.';

describe('paragraphSpans', () => {
  it('splits at blank lines and trims', () => {
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'First paragraph has five words.',
      'Second one is here too.',
      'Third paragraph, indented.',
      'Fourth.',
    ]);
  });
});

describe('absentParagraphs', () => {
  const spanOf = (needle: string) => ({
    start: text.indexOf(needle),
    end: text.indexOf(needle) + needle.length,
  });
  it.each<[string, string[], string[]]>([
    [
      'nothing covered',
      [],
      [
        'First paragraph has five words.',
        'Second one is here too.',
        'Third paragraph, indented.',
        'Fourth.',
      ],
    ],
    [
      'whole paragraphs covered',
      ['First paragraph has five words', 'Fourth'],
      ['Second one is here too.', 'Third paragraph, indented.'],
    ],
    [
      'a quarter or more of a paragraph counts as present',
      ['Second one', 'Third'],
      ['First paragraph has five words.', 'Fourth.'],
    ],
    [
      'one passage across paragraphs',
      ['has five words.\n\nSecond one is here too.\n\n\n  Third paragraph'],
      ['Fourth.'],
    ],
  ])('%s', (_name, covered, expected) => {
    const absent = absentParagraphs(text, covered.map(spanOf));
    expect(absent.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
