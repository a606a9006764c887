import { describe, expect, it } from 'vitest';
import { comparePair, fingerprintText } from '../../../utils/engine/index';
import { openDb } from '../../../utils/store/db';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../utils/store/find-candidates';
import { saveArticle } from '../../../utils/store/save-article';
import { syntheticText } from './synthetic-text';

const BOILERPLATE =
  'Sign up for our morning newsletter to get the day’s top stories delivered to your inbox. Reporting by our correspondents; editing by the news desk.';

describe('boilerplate suppression', () => {
  it('ignores fingerprints held by more articles than the cap, but still finds real reuse', async () => {
    const db = openDb(`boilerplate-${Date.now()}`);
    const stored = DEFAULT_CANDIDATE_OPTIONS.maxDocFrequency + 20;
    const texts = Array.from(
      { length: stored },
      (_, i) => `${syntheticText(1000 + i, 150)}\n\n${BOILERPLATE}`,
    );
    for (const [i, text] of texts.entries()) {
      const article = {
        title: `t${i}`,
        byline: null,
        outlet: `o${i}`,
        url: `https://x.test/${i}`,
        publishedTime: null,
        modifiedTime: null,
        lang: 'en',
        paragraphs: text.split('\n\n'),
        text,
        credits: [],
      };
      await saveArticle(db, article, fingerprintText(text), i);
    }
    const unrelated = `${syntheticText(5, 150)}\n\n${BOILERPLATE}`;
    expect(await findCandidates(db, fingerprintText(unrelated))).toEqual([]);

    const reusing = `${syntheticText(6, 80)}\n\n${texts[42]!.split('\n\n')[0]}\n\n${BOILERPLATE}`;
    const found = await findCandidates(db, fingerprintText(reusing));
    expect(found[0]?.articleId).toBe(43);
    db.close();
  });

  it('a shared boilerplate line alone is a passage but not a derivation', () => {
    const score = comparePair(
      `${syntheticText(7, 200)}\n\n${BOILERPLATE}`,
      `${syntheticText(8, 200)}\n\n${BOILERPLATE}`,
    );
    expect(score.cut).toBeLessThan(15);
    expect(score.derivation).toBe('non');
  });
});
