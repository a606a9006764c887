import type { JsonLdNode } from './read-json-ld.ts';
import { jsonLdString } from './read-json-ld.ts';
import { normalizeDate } from './normalize-date.ts';

/** Meta names outlets and CMSes use for the first publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'dc.date.created',
  'date',
  'citation_publication_date',
  'originalpublicationdate',
  'article_date_original',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'datemodified',
  'article.updated',
  'og:updated_time',
  'modified_time',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
  'revised',
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
 * the first `<time datetime>` inside `<article>`, `<header>` or `<main>`, else one within
 * a few levels around the first `<h1>`. A `<time>` in a sidebar list of other stories says
 * nothing about this one, hence no document-wide search.
 */
function headerTimeElement(doc: Document): string | null {
  const time =
    doc.querySelector(
      'time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][datetime]',
    ) ??
    doc.querySelector('article time[datetime], header time[datetime], main time[datetime]') ??
    timeNearHeadline(doc);
  return time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? null;
}

const HEADLINE_LEVELS = 3;

function timeNearHeadline(doc: Document): Element | null {
  let container = doc.querySelector('h1')?.parentElement ?? null;
  for (let level = 0; container && level < HEADLINE_LEVELS; level++) {
    const time = container.querySelector('time[datetime]');
    if (time) return time;
    container = container.parentElement;
  }
  return null;
}
