import type { JsonLdNode } from './read-json-ld.ts';
import { jsonLdString } from './read-json-ld.ts';
import { normalizeDate } from './normalize-date.ts';

/** Meta names outlets and CMSes use for the first publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published',
  'published_time', 'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dc.date.created', 'date',
  'citation_publication_date', 'originalpublicationdate', 'article_date_original', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'article.updated', 'og:updated_time',
  'modified_time', 'last-modified', 'lastmod', 'dcterms.modified', 'dc.date.modified', 'revised',
];

/** Published and modified times as ISO strings (null when the page gives none). */
export interface ArticleDates {
  publishedTime: string | null;
  modifiedTime: string | null;
}

/**
 * Finds the article's dates: JSON-LD first (the most deliberate statement), then meta
 * tags, then a `<time datetime>` in the article's header, then Readability's guess.
 */
export function findDates(
  article: JsonLdNode | null,
  meta: Map<string, string>,
  doc: Document,
  fallback: string | null,
): ArticleDates {
  const published =
    normalizeDate(jsonLdString(article, 'datePublished')) ??
    firstValidDate(PUBLISHED_META.map((key) => meta.get(key))) ??
    normalizeDate(headerTimeElement(doc)) ??
    normalizeDate(fallback);
  const modified =
    normalizeDate(jsonLdString(article, 'dateModified')) ??
    firstValidDate(MODIFIED_META.map((key) => meta.get(key)));
  return { publishedTime: published, modifiedTime: modified };
}

function firstValidDate(values: (string | undefined)[]): string | null {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return null;
}

/**
 * The publication `<time>` of the article: one marked as such (pubdate, itemprop), else
 * the first `<time datetime>` inside the first `<article>` or `<header>`; a `<time>` in a
 * sidebar list of other stories says nothing about this one.
 */
function headerTimeElement(doc: Document): string | null {
  const marked = doc.querySelector('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][datetime]');
  const scoped = marked ?? doc.querySelector('article time[datetime], header time[datetime], main time[datetime]');
  const attr = scoped?.getAttribute('datetime') ?? scoped?.getAttribute('content');
  return attr ?? null;
}
