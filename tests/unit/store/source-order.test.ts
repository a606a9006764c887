import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { matchArticle } from '../../../utils/store/match-article';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';
import { WIRE_FIRST, WIRE_SECOND } from '../wire-story';

let db: WiretraceDb;
afterEach(async () => db.delete());

async function store(outlet: string, text: string, publishedTime: string | null) {
  const url = `https://${outlet.toLowerCase()}.test/story`;
  const article = makeArticle({ url, outlet, text, publishedTime });
  return saveArticle(db, article, fingerprintText(text));
}

// The first half of the wire story: a source that shares less than a full later copy.
const EARLY_HALF = WIRE_FIRST.split('\n\n').slice(0, 3).join('\n\n');

describe('ranking the other outlets', () => {
  it('puts a possible source before a later copy that shares more', async () => {
    db = openDb('test-source-order-1');
    const later = await store('Later', WIRE_SECOND, '2026-03-05T09:00:00Z');
    const earlier = await store('Earlier', EARLY_HALF, '2026-03-03T09:00:00Z');
    const report = await matchArticle(db, {
      text: WIRE_SECOND,
      outlet: 'Reader',
      publishedTime: '2026-03-04T09:00:00Z',
    });
    const ids = report.otherOutlets.map((m) => m.articleId);
    expect(ids).toEqual([earlier.id, later.id]);
    // The later copy still shares more: it is listed, only not first.
    const [first, second] = report.otherOutlets;
    expect(second!.cut).toBeGreaterThan(first!.cut);
    expect([first!.later, second!.later]).toEqual([false, true]);
  });

  it('ranks by shared text alone when a date is unknown', async () => {
    db = openDb('test-source-order-2');
    const full = await store('Full', WIRE_SECOND, null);
    const half = await store('Half', EARLY_HALF, '2026-03-03T09:00:00Z');
    const report = await matchArticle(db, {
      text: WIRE_SECOND,
      outlet: 'Reader',
      publishedTime: '2026-03-04T09:00:00Z',
    });
    expect(report.otherOutlets.map((m) => m.articleId)).toEqual([full.id, half.id]);
  });
});
