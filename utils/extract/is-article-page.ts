import { CJK } from './char-ranges.ts';
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
    // Chinese, Japanese and Korean say in 60 characters what takes 140 in Latin script.
    const dense = isDenseScript(doc);
    const minContentLength = signal === 'article' ? (dense ? 40 : 100) : dense ? 60 : 140;
    const minScore = signal === 'article' || dense ? 10 : 20;
    return isProbablyReaderable(doc, {
      minContentLength,
      minScore,
      visibilityChecker: isVisibleNode,
    });
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
  const ogType = doc
    .querySelector('meta[property="og:type"]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article' || doc.querySelector('meta[property="article:published_time"]'))
    return 'article';
  return isFrontPageUrl(canonicalHref(doc)) ? 'listing' : 'none';
}

const DENSE_LANG = /^(zh|ja|ko)\b/i;
const DENSE_CHAR = new RegExp(`[${CJK}]`, 'g');

/** Page in a CJK language, by its declared language or by the script of its title. */
function isDenseScript(doc: Document): boolean {
  if (DENSE_LANG.test(doc.documentElement?.getAttribute('lang') ?? '')) return true;
  const title = doc.title ?? '';
  return title.length > 0 && (title.match(DENSE_CHAR)?.length ?? 0) / title.length > 0.3;
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
