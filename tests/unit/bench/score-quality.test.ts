import { describe, expect, it } from 'vitest';
import { BOILERPLATE } from '../../bench/generator/boilerplate';
import type { PlantedFamily } from '../../bench/generator/wire-family';
import { scoreQuality, type QueryReport } from '../../bench/quality/score-quality';

const family: PlantedFamily = {
  id: 0,
  agency: 'AFP',
  members: [
    {
      index: 0,
      url: 'https://a.example/1',
      outlet: 'A',
      spans: [{ wireParagraph: 0, start: 0, end: 40 }],
    },
    {
      index: 1,
      url: 'https://b.example/1',
      outlet: 'B',
      spans: [{ wireParagraph: 0, start: 0, end: 40 }],
    },
  ],
};
const story = 'one two three four five six seven eight nine ten words of the wire story';
const boiler = `${story}\n\n${BOILERPLATE[0]}`;
const at = boiler.indexOf(BOILERPLATE[0]!);

describe('planted-pair scoring', () => {
  it('counts a planted pair listed under the right outlet, in both directions', () => {
    const reports: QueryReport[] = [
      {
        url: 'https://a.example/1',
        text: story,
        matches: [{ url: 'https://b.example/1', outlet: 'B', passages: [{ start: 0, end: 40 }] }],
      },
      { url: 'https://b.example/1', text: story, matches: [] },
    ];
    const s = scoreQuality([family], reports);
    expect(s.plantedPairs).toBe(2);
    expect(s.found).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBe(1);
    expect(s.spanCoverage).toBe(1);
  });

  it('leaves boilerplate-only pairs out of precision and counts the others against it', () => {
    const reports: QueryReport[] = [
      {
        url: 'https://z.example/9',
        text: boiler,
        matches: [
          {
            url: 'https://y.example/1',
            outlet: 'Y',
            passages: [{ start: at, end: boiler.length }],
          },
          {
            url: 'https://x.example/1',
            outlet: 'X',
            passages: [{ start: 0, end: story.indexOf(' seven') }],
          },
          { url: 'https://v.example/1', outlet: 'V', passages: [{ start: 0, end: 13 }] },
          { url: 'https://w.example/1', outlet: 'W', passages: [{ start: 0, end: story.length }] },
        ],
      },
      {
        url: 'https://a.example/1',
        text: story,
        matches: [{ url: 'https://b.example/1', outlet: 'B', passages: [{ start: 0, end: 40 }] }],
      },
    ];
    const s = scoreQuality([family], reports);
    // Y shares a newsletter prompt, V three words: neither is text reuse.
    expect(s.boilerplateOnlyPairs).toBe(2);
    expect(s.chancePairs).toBe(1); // X: six words, a common phrase at most
    expect(s.falseReusePairs).toBe(1); // W: the whole ten-word run
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.precisionReuse).toBe(0.5);
  });
});
