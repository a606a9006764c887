import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { readArticle, urlKey } from '../../../utils/store/article-record';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { matchArticle } from '../../../utils/store/match-article';
import { findByUrl, saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';
import { oldSchema } from './old-schema';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) d.close();
  await Promise.all(['test-upgrade-1', 'test-upgrade-2'].map((n) => Dexie.delete(n)));
});

/** The database exactly as version 1 of Wiretrace wrote it: text as a string, paragraphs beside it. */
async function writeVersion1(name: string) {
  const v1 = oldSchema(name, 1);
  const wire = {
    ...makeArticle({ url: 'https://wire.test/1', outlet: 'Wire', text: WIRE_FIRST }),
    firstSeen: 1,
    lastSeen: 1,
    wordCount: 9,
  };
  // A record whose paragraphs do not come back from its text (a separator inside one).
  const odd = {
    ...makeArticle({ url: 'https://odd.test/1', paragraphs: ['One\n\ntwo', 'three'] }),
    firstSeen: 2,
    lastSeen: 2,
    wordCount: 3,
  };
  const ids = (await v1.table('articles').bulkAdd([wire, odd], { allKeys: true })) as number[];
  await v1.table('prints').add({ articleId: ids[0], hashes: fingerprintText(WIRE_FIRST) });
  v1.close();
  return { ids, wire, odd };
}

/** Records as they sit on disk, read by a schema-less Dexie. */
async function rawRecords(name: string) {
  const raw = new Dexie(name);
  opened.push(raw);
  await raw.open();
  return raw.table('articles').toArray();
}

describe('upgrading a version 1 database', () => {
  it('stores text as UTF-8, drops paragraphs the text gives back, indexes URL hashes, keeps articles whole', async () => {
    const { ids, wire, odd } = await writeVersion1('test-upgrade-1');
    const db: WiretraceDb = openDb('test-upgrade-1');
    opened.push(db);
    const [w, o] = await db.articles.bulkGet(ids);
    expect(readArticle(w!)).toMatchObject({ paragraphs: wire.paragraphs, text: wire.text });
    expect(readArticle(o!).paragraphs).toEqual(odd.paragraphs);
    expect((await findByUrl(db, odd.url))?.id).toBe(ids[1]);
    db.close();
    const records = await rawRecords('test-upgrade-1');
    const wireRecord = records.find((r) => r.url === wire.url);
    expect(wireRecord).not.toHaveProperty('paragraphs');
    expect(wireRecord).not.toHaveProperty('text');
    expect(new TextDecoder().decode(wireRecord.textUtf8)).toBe(wire.text);
    expect(wireRecord.urlKey).toBe(urlKey(wire.url));
    expect(records.find((r) => r.url === odd.url)?.paragraphs).toEqual(odd.paragraphs);
  });

  it('still matches against articles stored before the upgrade', async () => {
    const { ids } = await writeVersion1('test-upgrade-2');
    const db = openDb('test-upgrade-2');
    opened.push(db);
    const report = await matchArticle(db, {
      text: WIRE_SECOND,
      outlet: 'Reader',
    });
    expect(report.otherOutlets.map((m) => m.articleId)).toEqual([ids[0]]);
    const saved = await saveArticle(
      db,
      makeArticle({ url: 'https://new.test/1', text: WIRE_SECOND }),
      fingerprintText(WIRE_SECOND),
    );
    const record = (await db.articles.get(saved.id))!;
    expect(record).not.toHaveProperty('text');
    expect(readArticle(record).paragraphs).toEqual(WIRE_SECOND.split('\n\n'));
  });
});
