import { describe, expect, it } from 'vitest';
import { widenSpan } from '../../../utils/engine/widen-span';

describe('widenSpan', () => {
  it.each<[string, string, string]>([
    ['He said: "We will stay." Then left.', 'We will stay', '"We will stay."'],
    ['(see page 4), they wrote', 'see page 4', '(see page 4),'],
    ['«Nous restons», a-t-il dit', 'Nous restons', '«Nous restons»,'],
    ['历史新高。专家表示', '历史新高', '历史新高。'],
    ['Follow @agency #news today', 'Follow', 'Follow'],
    ['a/b testing', 'a', 'a'],
    ['no punctuation here', 'punctuation', 'punctuation'],
  ])('%s', (text, word, expected) => {
    const start = text.indexOf(word);
    const span = widenSpan(text, { start, end: start + word.length });
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});
