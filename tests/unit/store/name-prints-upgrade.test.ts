import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { namePrints } from '../../../utils/engine/name-prints';
import { toRecord } from '../../../utils/store/article-record';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { findCandidates } from '../../../utils/store/find-candidates';
import { pairsOf, V4_POSTING_LEVELS } from '../../../utils/store/posting-levels';
import { addPostings, readHolders, type PostingsTable } from '../../../utils/store/postings';
import { syntheticText } from '../engine/synthetic-text';
import { makeArticle } from '../make-article';
import { oldSchema } from './old-schema';

const NAME = 'test-name-prints-upgrade';
const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) d.close();
  await Dexie.delete(NAME);
});

// A story naming people and a place, and a brief rewritten from it around the same names.
const STORY = [
  syntheticText(80, 150),
  'The conductor Ilse Varanen opened the season at the Corvin Hall with her own cantata.',
  syntheticText(81, 200),
].join('\n\n');
const BRIEF = 'As Ilse Varanen opened the season at the Corvin Hall, the orchestra stood for her.';

/**
 * A version 3 store as the previous release wrote it: the story's prints without names
 * (shingles only), and their postings; plus filler articles, more than one upgrade chunk.
 */
async function writeVersion3() {
  const v3 = oldSchema(NAME, 3);
  const texts = [STORY, ...Array.from({ length: 1200 }, (_, i) => syntheticText(100 + i, 30))];
  const records = texts.map((text, i) =>
    toRecord({
      ...makeArticle({ url: `https://o${i}.test/a`, outlet: i === 0 ? 'Wire' : `O${i}`, text }),
      firstSeen: i,
      lastSeen: i,
      wordCount: 0,
    }),
  );
  const ids = (await v3.table('articles').bulkAdd(records, { allKeys: true })) as number[];
  const names = new Set(namePrints(STORY));
  const prints = ids.map((articleId, i) => ({
    articleId,
    hashes: fingerprintText(texts[i]!).filter((h) => !names.has(h)),
  }));
  await v3.table('prints').bulkAdd(prints);
  await v3.transaction('rw', v3.table('postings'), () =>
    addPostings(v3.table('postings') as PostingsTable, pairsOf(prints), V4_POSTING_LEVELS),
  );
  v3.close();
  return { storyId: ids[0]!, names: [...names] };
}

describe('upgrading a version 3 database', () => {
  it('adds name prints to every stored article, postings included', async () => {
    const { storyId, names } = await writeVersion3();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const db: WiretraceDb = openDb(NAME);
    opened.push(db);
    const prints = await db.prints.get(storyId);
    expect(prints!.hashes).toBeInstanceOf(Uint32Array);
    expect([...prints!.hashes]).toEqual(fingerprintText(STORY));
    const holders = await db.transaction('r', db.postings, () => readHolders(db.postings, names));
    for (const h of names) expect(holders.get(h)).toEqual([storyId]);
    // A brief naming them finds the story stored before through those names alone.
    const found = await findCandidates(db, namePrints(BRIEF));
    expect(found.map((c) => c.articleId)).toEqual([storyId]);
  });
});
