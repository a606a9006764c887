import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { findRelated } from '../../../utils/store/find-related';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { BRIEFS, STORIES } from '../engine/fixtures/related-stories';
import { makeArticle } from '../make-article';

let db: WiretraceDb;
afterEach(async () => db.delete());

const DAY = 86_400_000;

async function storeStories(outlet = 'Wire', firstSeen = 10 * DAY) {
  for (const [key, text] of Object.entries(STORIES))
    await saveArticle(
      db,
      makeArticle({ url: `https://wire.test/${key}`, outlet, title: key, text }),
      fingerprintText(text),
      firstSeen,
    );
}

describe('a brief that shares no passage with any stored article', () => {
  it('gets the stored story it retells as a related story, with the words that say so', async () => {
    db = openDb('test-related-brief');
    await storeStories();
    const report = await matchArticle(db, { text: BRIEFS.plaque, outlet: 'Paper' });
    expect(report.otherOutlets).toEqual([]);
    expect(report.related).toMatchObject({
      outlet: 'Wire',
      url: 'https://wire.test/plaque',
      title: 'plaque',
    });
    expect(report.related!.words).toContain('Quintell');
  });

  it('never gets a story of its own outlet', async () => {
    db = openDb('test-related-own-outlet');
    await storeStories('Paper');
    const report = await matchArticle(db, { text: BRIEFS.plaque, outlet: 'Paper' });
    expect(report.related).toBeNull();
  });

  it('is looked for among the articles read around the same time, before and after', async () => {
    db = openDb('test-related-neighbours');
    await storeStories('Wire', 10 * DAY);
    // Read again long before the stories: they were first seen after it, and are still found.
    const before = await findRelated(db, { text: BRIEFS.drama, outlet: 'Paper', firstSeen: DAY });
    expect(before?.url).toBe('https://wire.test/drama');
  });

  it('is not looked for when another outlet shares a passage, nor for a longer article', async () => {
    db = openDb('test-related-not-needed');
    await storeStories();
    const copy = `${STORIES.ferry}\n\nOur reporter adds that the island's harbour was closed.`;
    const shared = await matchArticle(db, { text: copy, outlet: 'Paper' });
    expect(shared.otherOutlets.map((m) => m.url)).toEqual(['https://wire.test/ferry']);
    expect(shared.related).toBeNull();
    const long = `${BRIEFS.plaque} ${'More about other things entirely. '.repeat(40)}`;
    expect(await findRelated(db, { text: long, outlet: 'Paper' })).toBeNull();
  });
});
