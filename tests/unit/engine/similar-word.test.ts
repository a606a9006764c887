import { describe, expect, it } from 'vitest';
import { similarWord } from '../../../utils/engine/similar-word';

describe('similarWord', () => {
  it.each<[string, string, boolean]>([
    ['zelensky', 'zelenskyy', true],
    ['organise', 'organize', true],
    ['oleksandr', 'olexander', true],
    ['mohammed', 'muhammad', true],
    ['prices', 'places', false],
    ['brovchenko', 'bondarenko', false],
    ['sandra', 'sander', false],
    ['the', 'they', false],
    ['assad', 'alassad', false],
    ['kyiv', 'kiev', false],
  ])('%s ~ %s: %s', (x, y, expected) => {
    expect(similarWord(x, y)).toBe(expected);
  });
});
