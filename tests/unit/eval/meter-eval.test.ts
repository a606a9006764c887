import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMeterCorpus } from '../../../utils/eval/meter/read-meter-corpus';
import { runMeterMatching } from '../../../utils/eval/meter/run-meter-matching';
import { scoreMeterResults } from '../../../utils/eval/meter/score-meter-results';

const dir = fileURLToPath(new URL('../../fixtures/meter-mini', import.meta.url));
// One newspaper article, its PA source and the next day's PA follow-up, which repeats all it
// shares with the article and more.
const dated = fileURLToPath(new URL('../../fixtures/meter-dated', import.meta.url));

describe('the METER evaluation on a tiny corpus', () => {
  it('stores the PA texts, matches each labelled article through the store and scores it', async () => {
    const results = await runMeterMatching(readMeterCorpus(dir), `meter-mini-${Date.now()}`);
    const best = Object.fromEntries(
      results.map((r) => [r.article.paper, r.matches[0]?.url ?? null]),
    );
    expect(best).toEqual({
      sun: 'meter:PA/rawtexts/showbiz/01.02.03/gala/gala1.txt',
      times: 'meter:PA/rawtexts/showbiz/01.02.03/gala/gala1.txt',
      mirror: null,
    });
    const scores = scoreMeterResults(results);
    expect(scores.documents).toBe(3);
    expect(scores.classification.confusion.wholly.wholly).toBe(1);
    expect(scores.classification.confusion.non.non).toBe(1);
    expect(scores.retrieval.top1SameStory).toBe(1);
    expect(scores.spans.documents).toBe(1);
    expect(scores.spans.verbatim.recall).toBeGreaterThan(0.9);
    expect(scores.spans.verbatim.granularity).toBe(1);
  });

  it('ranks the same-day PA text above a later follow-up that shares more', async () => {
    const [r] = await runMeterMatching(readMeterCorpus(dated), `meter-dated-${Date.now()}`);
    const urls = r!.matches.map((m) => m.url);
    expect(urls).toEqual([
      'meter:PA/rawtexts/showbiz/01.02.03/gala/gala1.txt',
      'meter:PA/rawtexts/showbiz/02.02.03/gala/gala1.txt',
    ]);
    expect(r!.matches[1]!.cut).toBeGreaterThan(r!.matches[0]!.cut);
    expect(r!.matches.map((m) => m.later)).toEqual([false, true]);
    expect(scoreMeterResults([r!]).retrieval.top1SameStory).toBe(1);
  });
});
