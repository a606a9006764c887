import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../utils/engine/compare-pair';

const P1 =
  'The finance ministry said on Monday that inflation slowed to three percent in March as fuel prices fell.';
const P2 =
  'Economists had expected a smaller decline and warned that food prices were still rising quickly across the country.';
const P3 =
  'The central bank will announce its next decision on interest rates at the end of the month in the capital.';

/** Each shared passage as the pair of texts it covers. */
function shared(a: string, b: string): [string, string][] {
  return comparePair(a, b).passages.map((p) => [
    a.slice(p.a.start, p.a.end),
    b.slice(p.b.start, p.b.end),
  ]);
}

describe('comparePair alignment', () => {
  it.each<[string, string, string, [string, string][]]>([
    ['identical text', P1, P1, [[P1, P1]]],
    [
      're-spelled word',
      'Officials in Kyiv said Zelenskyy met the generals on Monday to discuss the front line near the river.',
      'Officials in Kyiv said Zelensky met the generals on Monday to discuss the front line near the river.',
      [
        [
          'Officials in Kyiv said Zelenskyy met the generals on Monday to discuss the front line near the river.',
          'Officials in Kyiv said Zelensky met the generals on Monday to discuss the front line near the river.',
        ],
      ],
    ],
    [
      'another romanisation of the name a paragraph starts with',
      'Olexander Brovchenko, who runs the port, said the first barge had carried grain across the river.',
      'Oleksandr Brovchenko, who runs the port, said the first barge had carried grain across the river.',
      [
        [
          'Olexander Brovchenko, who runs the port, said the first barge had carried grain across the river.',
          'Oleksandr Brovchenko, who runs the port, said the first barge had carried grain across the river.',
        ],
      ],
    ],
    [
      'brackets and quotes',
      '"We know (of) about 10,000 soldiers of the army," he added in a statement on Thursday.',
      '“We know [of] about 10,000 soldiers of the army,” he added in a statement on Thursday.',
      [
        [
          '"We know (of) about 10,000 soldiers of the army," he added in a statement on Thursday.',
          '“We know [of] about 10,000 soldiers of the army,” he added in a statement on Thursday.',
        ],
      ],
    ],
    [
      'inserted words',
      'The minister said on Monday that the new bridge over the river would open to traffic in the spring.',
      'The minister said on Monday, citing engineers, that the new bridge over the river would open to traffic in the spring.',
      [
        [
          'The minister said on Monday that the new bridge over the river would open to traffic in the spring.',
          'The minister said on Monday, citing engineers, that the new bridge over the river would open to traffic in the spring.',
        ],
      ],
    ],
    ['unrelated texts', P1, P3, []],
    [
      'only a name and a stock phrase',
      'Prime Minister Jane Doe said on Monday that talks would go on.',
      'Critics of Prime Minister Jane Doe walked out of the chamber.',
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(shared(a, b)).toEqual(expected);
  });

  it('aligns reordered paragraphs separately', () => {
    const a = [P3, P1, P2].join('\n\n');
    const b = [P1, P2, P3].join('\n\n');
    const r = comparePair(a, b);
    expect(r.cut).toBe(100);
    expect(r.paste).toBe(100);
    expect(r.passages.map((p) => b.slice(p.b.start, p.b.end))).toEqual([P3, `${P1}\n\n${P2}`]);
  });

  it('reports dropped paragraphs in the cut and paste shares', () => {
    const a = [P1, P3].join('\n\n');
    const b = [P1, P2, P3].join('\n\n');
    const r = comparePair(a, b);
    expect(r.cut).toBe(100);
    expect(r.paste).toBeCloseTo((100 * 38) / 56, 0);
    expect(r.passages).toHaveLength(2);
    expect(r.longestWords).toBe(20);
  });

  it('returns passages sorted by position in a, never overlapping', () => {
    const a = [P2, P1, P3, P1].join('\n\n');
    const r = comparePair(a, [P1, P2, P3].join('\n\n'));
    for (let i = 1; i < r.passages.length; i++)
      expect(r.passages[i]!.a.start).toBeGreaterThanOrEqual(r.passages[i - 1]!.a.end);
  });

  it('handles empty texts', () => {
    expect(comparePair('', P1)).toEqual({
      cut: 0,
      paste: 0,
      longestWords: 0,
      derivation: 'non',
      passages: [],
    });
  });
});
