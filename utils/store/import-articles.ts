import { pickExtracted, type ExtractedArticle } from '../article';
import { cachedTokens } from '../engine/cached-tokens';
import { fingerprintText } from '../engine/index';
import { writePrints } from './article-prints';
import { toRecord, urlKey, type ArticleRecord } from './article-record';
import { forgetCappedPrints } from './capped-prints';
import type { StoredArticle, WiretraceDb } from './db';
import { titleEntry } from './title-blocks';
import { putTitles } from './title-index';

/** An article as it travels in an export file: the extracted fields plus when it was seen. */
export interface ImportRecord extends ExtractedArticle {
  firstSeen?: number;
  lastSeen?: number;
}

/**
 * Stores many articles in one transaction (import files, bulk fills): fingerprints them,
 * merges with records already stored under the same URL (keeping the earlier first-seen
 * time) and writes articles and fingerprints with bulk operations. All or nothing: a refused
 * write (quota) leaves the database as it was. Which stored articles share text with them
 * is found later (linkImported), so they wait in `unlinked`.
 */
export async function importArticles(
  db: WiretraceDb,
  records: readonly ImportRecord[],
  now: number = Date.now(),
): Promise<number> {
  const unique = new Map(records.map((r) => [r.url, r]));
  // Tokenised once here: the token cache holds far fewer texts than a batch.
  const prepared = [...unique.values()].map((r) => ({
    record: r,
    hashes: fingerprintText(r.text),
    words: cachedTokens(r.text).hashes.length,
  }));
  const tables = [db.articles, db.prints, db.postings, db.titles, db.unlinked];
  const stored = await db.transaction('rw', tables, async () => {
    const keys = [...new Set([...unique.keys()].map(urlKey))];
    // One index read per URL, all issued at once: `anyOf` walks a cursor, one round trip to
    // the storage process after another, and took a tenth of a bulk fill's time.
    const reads = keys.map((key) => db.articles.where('urlKey').equals(key).toArray());
    const existing: ArticleRecord[] = [];
    for (const read of reads) for (const a of await read) if (unique.has(a.url)) existing.push(a);
    const byUrl = new Map(existing.map((a) => [a.url, a]));
    const rows = prepared.map(({ record, words }) =>
      toRecord(toStored(record, words, byUrl.get(record.url), now)),
    );
    const ids = (await db.articles.bulkPut(rows, { allKeys: true })) as number[];
    await putTitles(
      db.titles,
      rows.map((row, i) => titleEntry({ ...row, id: ids[i]! })),
    );
    // Matching each article here would cost a bulk fill some 30 ms an article: they are
    // linked afterwards, while the saved page is open (link-imported.ts).
    await db.unlinked.bulkPut(
      ids.map(() => 0),
      ids,
    );
    const prints = ids.map((articleId, i) => ({ articleId, hashes: prepared[i]!.hashes }));
    await writePrints(
      db,
      prints,
      existing.map((a) => a.id),
    );
    return { count: ids.length, replaced: existing.length > 0 };
  });
  // Records merged with stored ones had their fingerprints replaced: frequencies may have dropped.
  if (stored.replaced) forgetCappedPrints(db);
  return stored.count;
}

/**
 * When an export record says its article was first and last read; `now` where it says
 * nothing usable. What an import stores, before merging with a stored copy.
 */
export function recordTimes(
  record: ImportRecord,
  now: number,
): { firstSeen: number; lastSeen: number } {
  const firstSeen = validTime(record.firstSeen) ?? now;
  return { firstSeen, lastSeen: validTime(record.lastSeen) ?? firstSeen };
}

function toStored(
  record: ImportRecord,
  wordCount: number,
  existing: ArticleRecord | undefined,
  now: number,
) {
  const times = recordTimes(record, now);
  return {
    ...pickExtracted(record),
    firstSeen: Math.min(existing?.firstSeen ?? Infinity, times.firstSeen),
    lastSeen: Math.max(existing?.lastSeen ?? 0, times.lastSeen),
    wordCount,
    ...(existing ? { id: existing.id } : {}),
  } as StoredArticle;
}

function validTime(t: number | undefined): number | undefined {
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : undefined;
}
