import { PARAGRAPH_SEPARATOR } from '../article';
import type { StoredArticle } from './db';

/**
 * A stored article as written to disk: `paragraphs` is left out whenever splitting `text` at
 * the paragraph separator gives it back (always, for what the extraction produces), since
 * `text` is `paragraphs.join(separator)` and storing both doubled the bytes of the text.
 */
export type ArticleRecord = Omit<StoredArticle, 'paragraphs'> & { paragraphs?: string[] };

/** The record to write for an article: without `paragraphs` when `text` gives them back. */
export function toRecord<T extends { text: string; paragraphs: string[] }>(article: T): Omit<T, 'paragraphs'> & { paragraphs?: string[] } {
  if (!splitsBack(article.text, article.paragraphs)) return article;
  const { paragraphs: _derived, ...rest } = article;
  return rest;
}

/** The article a record stands for, paragraphs restored (records of version 1 carry them). */
export function fromRecord(record: ArticleRecord): StoredArticle {
  return record.paragraphs ? (record as StoredArticle) : { ...record, paragraphs: record.text.split(PARAGRAPH_SEPARATOR) };
}

function splitsBack(text: string, paragraphs: readonly string[]): boolean {
  const split = text.split(PARAGRAPH_SEPARATOR);
  return split.length === paragraphs.length && split.every((p, i) => p === paragraphs[i]);
}
