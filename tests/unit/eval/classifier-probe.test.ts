import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceCut } from '../../../utils/engine/index';
import { crossValidate } from '../../../utils/eval/cross-validate';
import { derivationFeatures, quotedMask } from '../../../utils/eval/meter/derivation-features';
import { readMeterCorpus } from '../../../utils/eval/meter/read-meter-corpus';
import { runMeterMatching, sourceUrl } from '../../../utils/eval/meter/run-meter-matching';
import { fitSoftmax, predictSoftmax } from '../../../utils/eval/softmax-regression';

describe('fitSoftmax', () => {
  it('learns three classes that one feature orders and another does not', () => {
    // Class by x in [0, 1), [1, 2), [2, 3); the second feature is noise in the same range.
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 90; i++) {
      const x = (i % 30) / 10 + 0.05;
      xs.push([x, ((i * 37) % 30) / 10]);
      ys.push(Math.floor(x));
    }
    const model = fitSoftmax(xs, ys, 3);
    expect([0.3, 1.5, 2.7].map((x) => predictSoftmax(model, [x, 1.5]))).toEqual([0, 1, 2]);
    // The ordering feature carries the weight: class 2's weight on x beats class 0's.
    expect(model.weights[2]![1]! - model.weights[0]![1]!).toBeGreaterThan(
      Math.abs(model.weights[2]![2]! - model.weights[0]![2]!),
    );
  });

  it('with balanced weights still finds a class of a few examples among many', () => {
    const xs = [...Array.from({ length: 40 }, (_, i) => [i / 40]), [2], [2.2], [2.4]];
    const ys = [...Array.from({ length: 40 }, () => 0), 1, 1, 1];
    const model = fitSoftmax(xs, ys, 2, { balanced: true });
    expect(predictSoftmax(model, [2.1])).toBe(1);
    expect(predictSoftmax(model, [0.2])).toBe(0);
  });
});

describe('crossValidate', () => {
  it('predicts each item by a rule trained without its whole group', () => {
    const items = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'e1'];
    const seen: string[][] = [];
    const predicted = crossValidate(
      items,
      (x) => x[0]!,
      3,
      (training) => {
        seen.push([...training]);
        return (x) => training.some((t) => t[0] === x[0]);
      },
    );
    // No item's group was ever in the training set it was predicted by.
    expect(predicted).toEqual(items.map(() => false));
    // Every fold trained on the rest: each item was held out exactly once.
    expect(seen.reduce((s, t) => s + (items.length - t.length), 0)).toBe(items.length);
  });
});

describe('quotedMask', () => {
  const inside = (text: string) => {
    const mask = quotedMask(text);
    return [...text].filter((_, i) => mask[i]).join('');
  };

  it('marks double, curly, single and doubled-backtick quotations', () => {
    expect(inside('He said "we will stay" and left.')).toBe('"we will stay"');
    expect(inside('She said: “Not today.” Then went.')).toBe('“Not today.”');
    expect(inside("The minister said 'no comment', twice.")).toBe("'no comment'");
    expect(inside("PA wrote ``I never say never.'' today")).toBe("``I never say never.''");
  });

  it('leaves apostrophes inside words alone, and closes at a paragraph break', () => {
    expect(inside("The band's singer didn't come.")).toBe('');
    expect(inside('He said "it was over\n\nNext paragraph.')).toBe('"it was over');
  });
});

describe('derivationFeatures on a tiny METER corpus', () => {
  it('give the engine cut % and containments that fall from words to word triples', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/meter-mini', import.meta.url));
    const corpus = readMeterCorpus(dir);
    const texts = new Map(corpus.sources.map((s) => [sourceUrl(s), s.text]));
    const results = await runMeterMatching(corpus, `meter-features-${Date.now()}`);
    const byLabel = new Map(
      results.map((r) => [r.article.label, derivationFeatures(r, (u) => texts.get(u))]),
    );
    for (const r of results) {
      const f = derivationFeatures(r, (u) => texts.get(u));
      expect(f.cut).toBe(
        sourceCut(
          r.article.text,
          r.matches.filter((m) => !m.later),
        ),
      );
      expect(f.words1).toBeGreaterThanOrEqual(f.words2);
      expect(f.words2).toBeGreaterThanOrEqual(f.words3);
      expect(f.cutOutsideQuotes).toBeLessThanOrEqual(f.cut);
    }
    // The wholly derived article is wire copy with a few words changed (each change breaks
    // up to three triples); the non-derived one shares a name and a few words at most.
    expect(byLabel.get('wholly')!.words3).toBeGreaterThan(80);
    expect(byLabel.get('non')!.words3).toBeLessThan(byLabel.get('partially')!.words3);
  });
});
