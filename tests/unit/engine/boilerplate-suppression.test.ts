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

  it('drops a passage that is only boilerplate once the store names its prints', () => {
    const a = `${syntheticText(9, 400)}\n\n${BOILERPLATE}`;
    const b = `${syntheticText(10, 300)}\n\n${BOILERPLATE}`;
    const c = `${syntheticText(11, 500)}\n\n${BOILERPLATE}`;
    // What the store sees: prints of this article that many stored articles also hold.
    const common = new Set(fingerprintText(a).filter((h) => fingerprintText(c).includes(h)));
    expect(common.size).toBeGreaterThan(0);
    expect(comparePair(a, b).passages).toHaveLength(1);
    expect(comparePair(a, b, undefined, common).passages).toHaveLength(0);
  });

  it('keeps a real passage that merely contains a boilerplate phrase', () => {
    const shared = `${syntheticText(12, 60)} ${BOILERPLATE} ${syntheticText(13, 60)}`;
    const a = `${syntheticText(14, 200)}\n\n${shared}`;
    const b = `${shared}\n\n${syntheticText(15, 200)}`;
    const common = new Set(fingerprintText(`${syntheticText(16, 100)} ${BOILERPLATE}`));
    const passages = comparePair(a, b, undefined, common).passages;
    expect(passages).toHaveLength(1);
    expect(a.slice(passages[0]!.a.start, passages[0]!.a.end)).toContain(
      'Sign up for our morning newsletter',
    );
  });
});
