import { PARAGRAPH_SEPARATOR } from '../article';
import type { StoredArticle } from './db';

/**
 * A stored article as written to disk (version 2):
 * - `text` is kept as UTF-8 bytes: a JavaScript string holding one character beyond Latin-1
 *   (a curly quote, an em dash: nearly every news article) is serialised two bytes a
 *   character, doubling the text's bytes on disk;
 * - `paragraphs` is left out whenever splitting the text at the paragraph separator gives
 *   it back (always, for what the extraction produces): `text` is `paragraphs.join(sep)`.
 */
export type ArticleRecord = Omit<StoredArticle, 'paragraphs' | 'text'> & {
  paragraphs?: string[];
  text?: string;
  textUtf8?: Uint8Array;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The record to write for an article. */
export function toRecord(article: StoredArticle): ArticleRecord {
  const { paragraphs, text, ...rest } = article;
  const record: ArticleRecord = { ...rest, textUtf8: encoder.encode(text) };
  if (!splitsBack(text, paragraphs)) record.paragraphs = paragraphs;
  return record;
}

/** The article a record stands for (records of version 1 carry text and paragraphs as they are). */
export function fromRecord(record: ArticleRecord): StoredArticle {
  const { textUtf8, ...rest } = record;
  const text = record.text ?? decoder.decode(textUtf8);
  return { ...rest, text, paragraphs: record.paragraphs ?? text.split(PARAGRAPH_SEPARATOR) };
}

function splitsBack(text: string, paragraphs: readonly string[]): boolean {
  const split = text.split(PARAGRAPH_SEPARATOR);
  return split.length === paragraphs.length && split.every((p, i) => p === paragraphs[i]);
}
