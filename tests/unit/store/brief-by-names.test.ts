import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { syntheticText } from '../engine/synthetic-text';
import { makeArticle } from '../make-article';

let db: WiretraceDb;
afterEach(async () => db.delete());

// A wire story, and a brief rewritten from it: it keeps the names and one short phrase, but no
// run of words long enough to be sure to share a shingle print with the story.
const STORY = [
  syntheticText(70, 120),
  `A blue plaque honouring the comedian Marvo Quintell was unveiled at the Palace Theatre on Sunday by his partner Delia Frome.`,
  syntheticText(71, 200),
  `Marvo Quintell died in 1991 and the Palace Theatre said the plaque would stay by the stage door.`,
  syntheticText(72, 150),
].join('\n\n');
const BRIEF =
  'Fans gathered as a plaque for Marvo Quintell went up at the Palace Theatre, where Delia Frome told them he had played for thirty years.';

describe('a brief rewritten from a stored story', () => {
  it('is found by the names they share, then aligned', async () => {
    db = openDb('test-brief-names');
    const story = await saveArticle(
      db,
      makeArticle({ url: 'https://wire.test/plaque', outlet: 'Wire', text: STORY }),
      fingerprintText(STORY),
    );
    const report = await matchArticle(db, { text: BRIEF, outlet: 'Paper' });
    const all = [...report.otherOutlets, ...report.chanceOverlaps];
    expect(all.map((m) => m.articleId)).toEqual([story.id]);
    const shared = all[0]!.passages.map((p) => BRIEF.slice(p.a.start, p.a.end));
    expect(shared).toContain('Delia Frome');
    expect(shared.some((p) => p.includes('Marvo Quintell'))).toBe(true);
  });
});
