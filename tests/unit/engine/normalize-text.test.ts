import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../utils/engine/normalize-text';
import { normalizeChar } from '../../../utils/engine/normalize-char';

describe('normalizeText', () => {
  it.each([
    ['Zelenskyy’s “victory plan”', 'zelenskyys victory plan'],
    ['We know (of) about', 'we know of about'],
    ['We know [of] about', 'we know of about'],
    ['Café DÉJÀ-VU — naïve', 'cafe deja vu naive'],
    ['ＡＢＣ ｆｕｌｌ－ｗｉｄｔｈ', 'abc full width'],
    ['ﬁne ﬂour', 'fine flour'],
    ['Straße ΟΔΟΣ', 'strasse οδοσ'],
    ['10,000 soldiers; U.S. forces', '10000 soldiers us forces'],
    ["don't 'quoted' «guillemets»", 'dont quoted guillemets'],
    ['שָׁלוֹם עולם', 'שלום עולם'],
    ['كَتَبَ الطالب', 'كتب الطالب'],
    ['한국어 텍스트', '한국어 텍스트'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it.each([
    'Zelenskyy’s “victory plan” [of] ﬁne',
    'Café DÉJÀ-VU — naïve Straße',
    'ＡＢＣ 東京は日本の首都です 𝐁𝐨𝐥𝐝',
    'e\u0301te\u0301 x',
  ])(
    'maps every normalised character back to the original characters that produced it: %s',
    (input) => {
      const n = normalizeText(input);
      expect(n.starts).toHaveLength(n.text.length);
      expect(n.ends).toHaveLength(n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        const original = input.slice(n.starts[i], n.ends[i]);
        if (n.text[i] === ' ') expect(original.trim()).not.toMatch(/[\p{L}\p{N}]/u);
        else expect(normalizeChar(original)).toContain(n.text[i]);
      }
    },
  );

  it('maps text whose characters expand many times over (NFKC ligatures), past its first buffer', () => {
    const input = 'ﷺ '.repeat(200) + 'ﬁn';
    const n = normalizeText(input);
    expect(n.text.length).toBeGreaterThan(input.length * 3);
    expect(n.starts).toHaveLength(n.text.length);
    expect(input.slice(n.starts[n.text.length - 3], n.ends[n.text.length - 1])).toBe('ﬁn');
    expect(n.text.endsWith(' fin')).toBe(true);
  });

  it('gives exact ranges for a word', () => {
    const input = '“Hello,” said Zelenskyy.';
    const n = normalizeText(input);
    const at = n.text.indexOf('zelenskyy');
    expect(input.slice(n.starts[at], n.ends[at + 'zelenskyy'.length - 1])).toBe('Zelenskyy');
  });
});
