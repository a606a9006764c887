import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/engine/tokenize';

function words(text: string): string[] {
  const t = tokenize(text);
  return t.norms.map((norm, i) => {
    expect(text.slice(t.starts[i], t.ends[i]).length).toBeGreaterThan(0);
    return norm;
  });
}

describe('tokenize', () => {
  it.each([
    ['Chinese', '东京是日本的首都。', ['东京', '是', '日本', '的', '首都']],
    ['Japanese', '東京は日本の首都です。', ['東京', 'は', '日本', 'の', '首都', 'です']],
    ['Thai', 'ภาษาไทยง่ายนิดเดียว', ['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']],
    ['Arabic (right to left)', 'مرحبا بالعالم!', ['مرحبا', 'بالعالم']],
    ['Hebrew with points', 'שָׁלוֹם, עוֹלָם', ['שלום', 'עולם']],
    ['mixed scripts', 'iPhone 15は高い', ['iphone', '15', 'は', '高い']],
    [
      'English edge cases',
      "e-mail co-op U.S. 3.5% don't",
      ['e', 'mail', 'co', 'op', 'us', '35', 'dont'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps exact original ranges', () => {
    const text = '«Ｚelensky» 東京は';
    const t = tokenize(text);
    expect([...t.starts].map((s, i) => text.slice(s, t.ends[i]))).toEqual([
      'Ｚelensky',
      '東京',
      'は',
    ]);
  });
});
