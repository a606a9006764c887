import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ExtractedArticle } from '../article';
import { readArticle, toRecord, type ArticleRecord } from './article-record';
import { namePrints } from '../engine/name-prints';
import { pairsOf, V4_POSTING_LEVELS } from './posting-levels';
import { addPostings, type PostingsTable } from './postings';
import { watchPostingWrites } from './level-cache';
import { rebucketLastLevel } from './rebucket-postings';
import { titleEntry, type TitleBlock } from './title-blocks';
import { putTitles } from './title-index';

/** One stored article: one record per canonical URL. */
export interface StoredArticle extends ExtractedArticle {
  id: number;
  /** When Wiretrace first read this URL (ms since epoch); kept across revisits. */
  firstSeen: number;
  /** When it was last read. */
  lastSeen: number;
  /** Words as the engine splits them (tokenize.ts): what cut % and paste % count. */
  wordCount: number;
}

/**
 * Fingerprints of one article, kept apart so listing articles never loads them: what its
 * postings are (postings.ts), so deleting or replacing it removes exactly those.
 */
export interface ArticlePrints {
  articleId: number;
  /**
   * Ascending. Written as a Uint32Array: 4 bytes a print on disk, where an array of numbers
   * takes 5 to 9 (an array of 163 prints serialises to about 1,500 bytes, the typed array to
   * under 700). Records written before 2 Dec 2026 hold an array; both are read alike.
   */
  hashes: Uint32Array | number[];
}

/** The record to write for an article's prints. */
export function printsRecord(articleId: number, hashes: ArrayLike<number>): ArticlePrints {
  return { articleId, hashes: Uint32Array.from(hashes) };
}

/**
 * A pair of stored articles from different outlets that share text, `lo < hi`.
 * Lets the saved-article page count sharing outlets without re-running the matcher.
 */
export interface ArticleLink {
  lo: number;
  hi: number;
  loOutlet: string;
  hiOutlet: string;
}

export type WiretraceDb = Dexie & {
  /** Records as stored (article-record.ts): read them with `readArticle` for the whole article. */
  articles: EntityTable<ArticleRecord, 'id'>;
  prints: EntityTable<ArticlePrints, 'articleId'>;
  /** Packed postings (posting-levels.ts): who holds each print, and so its document frequency. */
  postings: PostingsTable;
  links: Table<ArticleLink, [number, number]>;
  /** Title and outlet of every article, packed for the saved page's search (title-blocks.ts). */
  titles: Table<TitleBlock, number>;
  /**
   * Ids of imported articles whose links are not known yet (link-imported.ts): an import
   * stores without matching, which would cost some 30 ms an article, and the saved page
   * links them afterwards. The value is unused (always 0).
   */
  unlinked: Table<number, number>;
};

/** Opens (creating or upgrading) the Wiretrace database. Never edit a shipped version(). */
export function openDb(name = 'wiretrace'): WiretraceDb {
  const db = new Dexie(name) as WiretraceDb;
  watchPostingWrites(db);
  db.version(1).stores({
    articles: '++id, &url, firstSeen',
    prints: 'articleId, *hashes',
    links: '[lo+hi], lo, hi',
  });
  // Version 2: UTF-8 text, paragraphs only when the text does not give them back, a URL hash
  // indexed instead of the URL (article-record.ts). Fingerprints are unchanged, so only article
  // records are rewritten.
  db.version(2)
    .stores({ articles: '++id, urlKey, firstSeen' })
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: ArticleRecord, ref: { value: ArticleRecord }) => {
          ref.value = toRecord(readArticle(a));
        }),
    );
  // Version 3: postings packed many to a record instead of a multiEntry index on the prints
  // (posting-levels.ts): built here from the stored prints, a thousand articles at a time.
  db.version(3)
    .stores({ prints: 'articleId', postings: '' })
    .upgrade(async (tx) => {
      const prints = tx.table<ArticlePrints, number>('prints');
      const postings = tx.table('postings') as PostingsTable;
      for (let after = -Infinity; ;) {
        const chunk = await prints.where(':id').above(after).limit(UPGRADE_CHUNK).toArray();
        if (chunk.length === 0) break;
        await addPostings(postings, pairsOf(chunk), V4_POSTING_LEVELS);
        after = chunk[chunk.length - 1]!.articleId;
      }
    });
  // Version 4: name prints (engine/name-prints.ts) join every article's fingerprints. Added
  // here from the stored texts, a thousand articles at a time, so that briefs read from now
  // on find the articles stored before by their names too, and names' document frequencies
  // count every stored article.
  db.version(4).upgrade(async (tx) => {
    const articles = tx.table<ArticleRecord, number>('articles');
    const prints = tx.table<ArticlePrints, number>('prints');
    const postings = tx.table('postings') as PostingsTable;
    for (let after = -Infinity; ;) {
      const chunk = await articles.where(':id').above(after).limit(UPGRADE_CHUNK).toArray();
      if (chunk.length === 0) break;
      const stored = await prints.bulkGet(chunk.map((a) => a.id));
      const grown = chunk.flatMap((record, i) => {
        const old = stored[i];
        return old ? [withNames(old, readArticle(record).text)] : [];
      });
      const changed = grown.filter((g) => g.added.length > 0);
      await prints.bulkPut(changed.map((g) => g.prints));
      await addPostings(
        postings,
        pairsOf(changed.map((g) => ({ articleId: g.prints.articleId, hashes: g.added }))),
        V4_POSTING_LEVELS,
      );
      after = chunk[chunk.length - 1]!.id;
    }
  });
  // Version 5: the last posting level's buckets are the top 15 bits of a print instead of 16
  // (posting-levels.ts says why): its blocks are merged two into one (rebucket-postings.ts).
  db.version(5).upgrade((tx) => rebucketLastLevel(tx.table('postings') as PostingsTable));
  // Version 6: every article's title and outlet packed in blocks of their own, so the saved
  // page's search reads no article text (title-blocks.ts). Filled from the stored articles.
  db.version(6)
    .stores({ titles: '' })
    .upgrade(async (tx) => {
      const articles = tx.table<ArticleRecord, number>('articles');
      const titles = tx.table<TitleBlock, number>('titles');
      for (let after = -Infinity; ;) {
        const chunk = await articles.where(':id').above(after).limit(UPGRADE_CHUNK).toArray();
        if (chunk.length === 0) break;
        await putTitles(titles, chunk.map(titleEntry));
        after = chunk[chunk.length - 1]!.id;
      }
    });
  // Nothing is marked on upgrade: articles stored before were read (and linked) or imported
  // by a version that never linked them; opening them still shows their matches.
  db.version(7).stores({ unlinked: '' });
  // Version 8: articles indexed by when they were last read, so that those past the
  // reader's keep period (keep-period.ts) are found without reading every article.
  db.version(8).stores({ articles: '++id, urlKey, firstSeen, lastSeen' });
  return db;
}

/** An article's prints with its name prints added, and which of them are new. */
function withNames(old: ArticlePrints, text: string): { prints: ArticlePrints; added: number[] } {
  const have = new Set(old.hashes);
  const added = namePrints(text).filter((h) => !have.has(h));
  if (added.length === 0) return { prints: old, added };
  const hashes = [...old.hashes, ...added].sort((x, y) => x - y);
  return { prints: printsRecord(old.articleId, hashes), added };
}

const UPGRADE_CHUNK = 1000;
