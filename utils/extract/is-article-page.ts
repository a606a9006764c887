import { isProbablyReaderable } from '@mozilla/readability';
import { isVisibleNode } from './is-visible-node.ts';
import { readJsonLd } from './read-json-ld.ts';

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;
const LISTING_TYPE = /^(CollectionPage|SearchResultsPage|ProfilePage)$/;

/**
 * Cheap first test in the content script: is this page an article worth extracting?
 * Pages that declare themselves articles (JSON-LD article types, og:type=article,
 * article:published_time) need only a little running text; other pages need Readability's
 * usual amount, and pages that declare themselves listings or front pages are refused.
 */
export function isArticlePage(doc: Document): boolean {
  try {
    if (!doc.body) return false;
    const signal = articleSignal(doc);
    if (signal === 'listing') return false;
    const options =
      signal === 'article'
        ? { minContentLength: 100, minScore: 10, visibilityChecker: isVisibleNode }
        : { visibilityChecker: isVisibleNode };
    return isProbablyReaderable(doc, options);
  } catch {
    return false;
  }
}

/** What the page's metadata says it is: an article, a listing, or nothing either way. */
export function articleSignal(doc: Document): 'article' | 'listing' | 'none' {
  const types = readJsonLd(doc).types;
  // JSON-LD is the most deliberate statement; a CollectionPage with og:type=article is a listing.
  if (types.some((t) => ARTICLE_TYPE.test(t))) return 'article';
  if (types.some((t) => LISTING_TYPE.test(t))) return 'listing';
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || doc.querySelector('meta[property="article:published_time"]')) return 'article';
  return isFrontPageUrl(canonicalHref(doc)) ? 'listing' : 'none';
}

function canonicalHref(doc: Document): string | null {
  const link = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return link ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
}

/** A canonical URL with an empty path names a site's front page, not an article. */
function isFrontPageUrl(href: string | null): boolean {
  if (!href) return false;
  try {
    const url = new URL(href);
    return (url.pathname === '/' || url.pathname === '') && !url.search;
  } catch {
    return false;
  }
}
