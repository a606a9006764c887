import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { meterCeilings } from '../../../utils/eval/meter/meter-ceilings';
import { readMeterCorpus } from '../../../utils/eval/meter/read-meter-corpus';
import { runMeterMatching } from '../../../utils/eval/meter/run-meter-matching';
import { scoreMeterResults } from '../../../utils/eval/meter/score-meter-results';

const dir = fileURLToPath(new URL('../../fixtures/meter-mini', import.meta.url));

describe('METER ceilings on a tiny corpus', () => {
  it('bound the engine from above and find the thresholds that separate the labels', async () => {
    const corpus = readMeterCorpus(dir);
    const results = await runMeterMatching(corpus, `meter-ceilings-${Date.now()}`);
    const scores = scoreMeterResults(results);
    const c = meterCeilings(corpus, results);
    // Every word the engine aligns lies in a shared run of two or more identical words.
    expect(c.spans.exactRuns2.recall).toBeGreaterThanOrEqual(scores.spans.verbatim.recall);
    expect(c.spans.exactRuns2.recall).toBeGreaterThanOrEqual(c.spans.exactRuns3.recall);
    expect(c.spans.exactRuns3.precision).toBeGreaterThan(0.5);
    // The engine calls the partially derived article wholly derived (cut 69.2 % against the
    // wholly derived one's 100 %): thresholds chosen on the labels separate all three.
    expect(scores.classification.macroF1).toBeLessThan(1);
    expect(c.classification).toMatchObject({
      bestThresholdMacroF1: 1,
      bestThresholdBinaryF1: 1,
      thresholds: { wholly: 100, partially: 69.2 },
    });
    // Plain containment in the gold story: the non-derived article shares only a name and a
    // few words, so one threshold tells it apart, and every score stays within [0, 1].
    for (const g of Object.values(c.classification.goldStoryContainment)) {
      expect(g.binaryF1).toBe(1);
      expect(g.macroF1).toBeGreaterThan(0);
      expect(g.macroF1).toBeLessThanOrEqual(1);
    }
    expect(c.retrieval.derivedSharingNothingWithStory).toBe(0);
  });
});
