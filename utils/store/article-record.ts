import { PARAGRAPH_SEPARATOR } from '../article';
import { hashString } from '../engine/hash';
import type { StoredArticle } from './db';

/**
 * A stored article as written to disk. Version 2 records:
 * - keep the text as UTF-8 bytes (`textUtf8`): a JavaScript string holding one character
 *   beyond Latin-1 (a curly quote, an em dash: nearly every news article) is serialised two
 *   bytes a character;
 * - leave `paragraphs` out whenever splitting the text at the paragraph separator gives it
 *   back (always, for what the extraction produces): `text` is `paragraphs.join(sep)`;
 * - carry `urlKey`, a hash of the URL, indexed instead of the URL itself (a URL index entry
 *   holds the URL two bytes a character: some 200 bytes per article).
 * Version 1 records carry `text` and `paragraphs` as they are until the upgrade rewrites them.
 */
export type ArticleRecord = Omit<StoredArticle, 'paragraphs' | 'text'> & {
  urlKey: number;
  paragraphs?: string[];
  text?: string;
  textUtf8?: Uint8Array;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The record to write for an article. */
export function toRecord(article: Omit<StoredArticle, 'id'> & { id?: number }): ArticleRecord {
  const { paragraphs, text, ...rest } = article;
  const record = {
    ...rest,
    urlKey: urlKey(article.url),
    textUtf8: encoder.encode(text),
  } as ArticleRecord;
  if (!splitsBack(text, paragraphs)) record.paragraphs = paragraphs;
  return record;
}

/** The article a record stands for. */
export function readArticle(record: ArticleRecord): StoredArticle {
  const { textUtf8, urlKey: _key, ...rest } = record;
  const text = record.text ?? decoder.decode(textUtf8);
  return { ...rest, text, paragraphs: record.paragraphs ?? text.split(PARAGRAPH_SEPARATOR) };
}

/**
 * 53 bits of two 32-bit string hashes: the index only narrows a URL lookup down, every
 * reader compares the URL itself, so a collision costs one extra record read, never a mix-up.
 */
export function urlKey(url: string): number {
  return (hashString(url) & 0x1fffff) * 2 ** 32 + hashString(`${url.length}:${url}`);
}

function splitsBack(text: string, paragraphs: readonly string[]): boolean {
  const split = text.split(PARAGRAPH_SEPARATOR);
  return split.length === paragraphs.length && split.every((p, i) => p === paragraphs[i]);
}
