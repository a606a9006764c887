import { describe, expect, it } from 'vitest';
import { hashString } from '../../../utils/engine/hash';
import { normalizeWord, tokenize, WORD_PATTERN } from '../../../utils/engine/tokenize';
import { seededRandom } from '../../bench/synthetic-news';

// tokenize scans words by hand for speed; WORD_PATTERN is the rule it must follow exactly
// outside scripts without spaces (which Intl.Segmenter splits further).
const PIECES = [
  'a',
  'Z',
  'q',
  '7',
  '_',
  "'",
  '’',
  '.',
  '·',
  ',',
  '-',
  ' ',
  '\n',
  'é',
  'ß',
  'İ',
  'Ω',
  '\u0301',
  '١',
  '٣',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  'ﬁ',
  'Ⅻ',
  '²',
  '‿',
  '＿',
  'Ａ',
  'ا',
  'ש',
];

function randomText(random: () => number): string {
  let s = '';
  const n = 1 + Math.floor(random() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

describe('tokenize scanner', () => {
  it('finds the words WORD_PATTERN finds, with the same ranges', () => {
    const random = seededRandom(42);
    for (let k = 0; k < 5000; k++) {
      const text = randomText(random);
      // Words whose normal form is empty (marks or connectors alone) are dropped.
      const expected = [...text.matchAll(WORD_PATTERN)]
        .map((m) => [m.index, m.index + m[0].length] as const)
        .map(([s, e]) => ({ range: [s, e], norm: normalizeWord(text, s, e) }))
        .filter((w) => w.norm !== '');
      const t = tokenize(text);
      expect(
        t.norms.map((norm, i) => ({ range: [t.starts[i], t.ends[i]], norm })),
        JSON.stringify(text),
      ).toEqual(expected);
    }
  });

  it('hashes every word as the hash of its normal form', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 2000; k++) {
      const t = tokenize(randomText(random));
      expect([...t.hashes]).toEqual(t.norms.map(hashString));
    }
  });

  it.each([
    ["don't", ['dont']],
    ['10,000 and 3.5', ['10000', 'and', '35']],
    ['end. Next', ['end', 'next']],
    ['a,b 1,b a,1', ['a', 'b', '1', 'b', 'a1']],
    ["trailing' dot.", ['trailing', 'dot']],
    ['snake_case ＡＢＣ', ['snakecase', 'abc']],
  ])('%s', (text, norms) => {
    expect(tokenize(text).norms).toEqual(norms);
  });
});
