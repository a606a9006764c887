import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ExtractedArticle } from '../article';
import { fromRecord, toRecord, type ArticleRecord } from './article-record';

/** One stored article: one record per canonical URL. */
export interface StoredArticle extends ExtractedArticle {
  id: number;
  /** When Wiretrace first read this URL (ms since epoch); kept across revisits. */
  firstSeen: number;
  /** When it was last read. */
  lastSeen: number;
  wordCount: number;
}

/** Winnowed fingerprints of one article, kept apart so listing articles never loads them. */
export interface ArticlePrints {
  articleId: number;
  /** multiEntry-indexed: the index doubles as the postings lists and the document frequencies. */
  hashes: number[];
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
  articles: EntityTable<StoredArticle, 'id'>;
  prints: EntityTable<ArticlePrints, 'articleId'>;
  links: Table<ArticleLink, [number, number]>;
};

/** Opens (creating or upgrading) the Wiretrace database. Never edit a shipped version(). */
export function openDb(name = 'wiretrace'): WiretraceDb {
  const db = new Dexie(name) as WiretraceDb;
  db.version(1).stores({
    articles: '++id, &url, firstSeen',
    prints: 'articleId, *hashes',
    links: '[lo+hi], lo, hi',
  });
  // Version 2: text stored as UTF-8 bytes, paragraphs only when the text does not give them
  // back (article-record.ts). Fingerprints are unchanged, so only article records are rewritten.
  db.version(2)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: ArticleRecord, ref: { value: ArticleRecord }) => {
          ref.value = toRecord(fromRecord(a));
        }),
    );
  // Every read gives whole articles back, whatever their record holds.
  db.articles.hook('reading', (record: ArticleRecord) => fromRecord(record));
  return db;
}
