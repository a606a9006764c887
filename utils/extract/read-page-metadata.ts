import type { ReadabilityOutput } from './run-readability.ts';
import { readMetaTags } from './read-meta-tags.ts';
import { readJsonLd, jsonLdName, jsonLdNames, jsonLdString } from './read-json-ld.ts';
import { chooseTitle } from './choose-title.ts';
import { stripTitleSuffix } from './strip-title-suffix.ts';
import { outletName } from './outlet-name.ts';
import { registrableDomain } from './registrable-domain.ts';
import { canonicalUrl } from './canonical-url.ts';
import { findDates } from './find-dates.ts';
import { detectLang } from './detect-lang.ts';
import { cleanByline } from './clean-byline.ts';

/** Everything about the article except its text. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  outlet: string;
  url: string;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  /** Author names from metadata, searched for wire credits along with the byline. */
  authorHints: string[];
  /** True when JSON-LD says the article is not free to read (a paywall teaser). */
  paywalled: boolean;
}

/** Reads title, byline, outlet, URL, dates and language from the page and Readability's result. */
export function readPageMetadata(
  doc: Document,
  pageUrl: string,
  parsed: ReadabilityOutput | null,
): PageMetadata {
  const meta = readMetaTags(doc);
  const { article, organizationName } = readJsonLd(doc);
  const headings = Array.from(doc.querySelectorAll('h1'), (h) => h.textContent ?? '').slice(0, 6);
  // The canonical URL names the outlet better than a copy served from elsewhere (a cache, a file).
  const url = canonicalUrl(doc, meta.get('og:url') ?? null, pageUrl);
  const outlet = outletName(
    [
      jsonLdName(article?.['publisher']),
      meta.get('og:site_name') ?? null,
      organizationName,
      meta.get('application-name') ?? null,
    ],
    url,
  );
  const siteNames = [outlet, meta.get('og:site_name'), organizationName, hostOf(url)].filter(
    (s): s is string => !!s,
  );
  const rawTitle = chooseTitle(
    [
      jsonLdString(article, 'headline'),
      meta.get('og:title') ?? null,
      meta.get('twitter:title') ?? null,
      parsed?.title ?? null,
      doc.title,
    ],
    headings,
  );
  const authorHints = [
    ...jsonLdNames(article?.['author']),
    meta.get('author'),
    meta.get('article:author'),
    meta.get('byl'),
  ];
  const byline = [parsed?.byline, ...authorHints].map(cleanByline).find((b) => b) ?? null;
  return {
    title: stripTitleSuffix(rawTitle, siteNames, headings),
    byline,
    outlet,
    url,
    ...findDates(article, meta, doc, parsed?.publishedTime ?? null),
    lang: detectLang(doc, meta, article) ?? parsed?.lang ?? null,
    authorHints: authorHints.filter((a): a is string => !!a),
    paywalled: /^false$/i.test(String(article?.['isAccessibleForFree'] ?? '')),
  };
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? registrableDomain(host) : null;
  } catch {
    return null;
  }
}
