import { describe, expect, it } from 'vitest';
import { spanScores } from '../../../utils/eval/span-scores';

const text = 'aaaa bbbb cccc dddd eeee ffff';
const at = (word: string, upto = word) => ({
  start: text.indexOf(word),
  end: text.indexOf(upto) + upto.length,
});

describe('spanScores (PAN character level, whitespace not counted)', () => {
  it.each<[string, ReturnType<typeof at>[], ReturnType<typeof at>[], number, number, number]>([
    ['exact', [at('bbbb', 'cccc')], [at('bbbb', 'cccc')], 1, 1, 1],
    ['half found', [at('aaaa', 'dddd')], [at('aaaa', 'bbbb')], 1, 0.5, 1],
    ['too much found', [at('cccc')], [at('bbbb', 'dddd')], 1 / 3, 1, 1],
    ['split detection', [at('aaaa', 'dddd')], [at('aaaa'), at('cccc', 'dddd')], 1, 0.75, 2],
    ['adjacent gold spans merge', [at('aaaa'), at('bbbb')], [at('aaaa', 'bbbb')], 1, 1, 1],
  ])('%s', (_name, gold, predicted, precision, recall, granularity) => {
    const s = spanScores([{ text, gold, predicted }]);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
    expect(s.granularity).toBeCloseTo(granularity);
    expect(s.plagdet).toBeCloseTo(s.f1 / Math.log2(1 + granularity));
  });
});
