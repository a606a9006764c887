import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, parseImport, serializeExport } from '../../../utils/export-file';
import { openDb, type WiretraceDb } from '../../../utils/store/db';
import { importArticles } from '../../../utils/store/import-articles';
import { saveArticle } from '../../../utils/store/save-article';
import { makeArticle } from '../make-article';

let db: WiretraceDb;
afterEach(async () => db?.delete());

describe('parseImport', () => {
  it.each([
    ['truncated JSON', '{"format": "wiretrace-articles", "articles": [', /not valid JSON/],
    ['another JSON file', '{"name": "package"}', /not a Wiretrace export/],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, articles: [] }),
      /newer Wiretrace/,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('round-trips an export, skipping malformed records inside it', () => {
    const good = { ...makeArticle({ url: 'https://a.test/1' }), firstSeen: 42 };
    const file = JSON.parse(serializeExport([good]));
    file.articles.push({ title: 3 }, null, { ...good, url: 'ftp://x' });
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, records: [good], invalid: 3 });
  });
});

describe('importArticles', () => {
  it('stores articles with fingerprints, merging with records of the same URL', async () => {
    db = openDb('test-import');
    const kept = await saveArticle(
      db,
      makeArticle({ url: 'https://a.test/1', title: 'Kept' }),
      [],
      500,
    );
    const text =
      'Officials said the storm would reach the northern coast by Friday evening, forcing thousands to leave.';
    const count = await importArticles(
      db,
      [
        { ...makeArticle({ url: 'https://a.test/1', title: 'Updated', text }), firstSeen: 900 },
        { ...makeArticle({ url: 'https://b.test/2', text }), firstSeen: 100 },
        { ...makeArticle({ url: 'https://b.test/2', text }), firstSeen: 100 },
      ],
      1000,
    );
    expect(count).toBe(2);
    expect(await db.articles.count()).toBe(2);
    expect(await db.articles.get(kept.id)).toMatchObject({ title: 'Updated', firstSeen: 500 });
    const prints = await db.prints.toArray();
    expect(prints).toHaveLength(2);
    expect(prints.every((p) => p.hashes.length > 0)).toBe(true);
  });
});
