import { describe, expect, it } from 'vitest';
import {
  highlightSegments,
  labelsSegment,
  segmentsByParagraph,
} from '../../../utils/highlight-segments';

describe('highlightSegments', () => {
  it.each([
    {
      name: 'no passages: one plain segment',
      length: 10,
      lists: [[]],
      expected: [{ start: 0, end: 10, sharedWith: [] }],
    },
    {
      name: 'two outlets overlapping',
      length: 20,
      lists: [[{ start: 2, end: 10 }], [{ start: 6, end: 14 }]],
      expected: [
        { start: 0, end: 2, sharedWith: [] },
        { start: 2, end: 6, sharedWith: [0] },
        { start: 6, end: 10, sharedWith: [0, 1] },
        { start: 10, end: 14, sharedWith: [1] },
        { start: 14, end: 20, sharedWith: [] },
      ],
    },
    {
      name: 'adjacent passages of one outlet merge, out-of-range ends are clamped',
      length: 8,
      lists: [
        [
          { start: 0, end: 4 },
          { start: 4, end: 99 },
        ],
      ],
      expected: [{ start: 0, end: 8, sharedWith: [0] }],
    },
  ])('$name', ({ length, lists, expected }) => {
    expect(highlightSegments(length, lists)).toEqual(expected);
  });
});

describe('segmentsByParagraph', () => {
  it('splits a passage running across a paragraph break into one piece per paragraph', () => {
    const text = 'One two.\n\nThree four.';
    const segments = highlightSegments(text.length, [[{ start: 4, end: 15 }]]);
    const paragraphs = segmentsByParagraph(text, segments).map((p) =>
      p.map((s) => [text.slice(s.start, s.end), s.sharedWith.length > 0]),
    );
    expect(paragraphs).toEqual([
      [
        ['One ', false],
        ['two.', true],
      ],
      [
        ['Three', true],
        [' four.', false],
      ],
    ]);
  });
});

describe('labelsSegment', () => {
  const text = 'On Monday the board said its lamp is new. Then it said so again.';
  const at = (word: string) => text.indexOf(word);
  const paragraph = [
    { start: 0, end: at('the'), sharedWith: [] },
    { start: at('the'), end: at('its') - 1, sharedWith: [0] },
    { start: at('its') - 1, end: at('new'), sharedWith: [] },
    { start: at('new'), end: at('new') + 4, sharedWith: [0] },
    { start: at('new') + 4, end: at('said so'), sharedWith: [] },
    { start: at('said so'), end: at(' again'), sharedWith: [0] },
    { start: at(' again'), end: text.length, sharedWith: [] },
  ];

  it.each([
    { segment: 1, labelled: false, why: 'the next mark is the same outlet, same sentence' },
    { segment: 3, labelled: true, why: 'the sentence ends before the next mark' },
    { segment: 5, labelled: true, why: 'the last mark of the paragraph' },
  ])('segment $segment: $labelled ($why)', ({ segment, labelled }) => {
    expect(labelsSegment(text, paragraph, segment)).toBe(labelled);
  });

  it('labels a mark whose next mark is shared with other outlets', () => {
    const other = paragraph.map((s, i) => (i === 3 ? { ...s, sharedWith: [1] } : s));
    expect(labelsSegment(text, other, 1)).toBe(true);
  });
});
