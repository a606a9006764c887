import type { PageScan } from '../article.ts';
import type { ReadabilityOutput } from './run-readability.ts';
import { readMetaTags } from './read-meta-tags.ts';
import {
  readJsonLd,
  jsonLdName,
  jsonLdNames,
  jsonLdString,
  type JsonLdNode,
} from './read-json-ld.ts';
import { chooseTitle } from './choose-title.ts';
import { stripTitleSuffix } from './strip-title-suffix.ts';
import { outletName } from './outlet-name.ts';
import { registrableDomain } from './registrable-domain.ts';
import { canonicalUrl } from './canonical-url.ts';
import { findDates } from './find-dates.ts';
import { detectLang } from './detect-lang.ts';
import { agencyFromUrl } from './agency-from-url.ts';

/** Everything about the article except its text, as the page gives it. */
export type PageMetadata = Omit<PageScan, 'blocks'>;

/**
 * Reads title, byline candidates, outlet, URL, dates and language from the page and
 * Readability's result.
 */
export function readPageMetadata(
  doc: Document,
  pageUrl: string,
  parsed: ReadabilityOutput | null,
): PageMetadata {
  const meta = readMetaTags(doc);
  const { article, organizationName } = readJsonLd(doc);
  // The canonical URL names the outlet better than a copy served from elsewhere (a cache, a file).
  const url = canonicalUrl(doc, meta.get('og:url') ?? null, pageUrl);
  const siteName = meta.get('og:site_name') ?? null;
  const publisher = jsonLdName(article?.['publisher']);
  const appName = meta.get('application-name') ?? null;
  const outlet = outletName([publisher, siteName, organizationName, appName], url);
  const siteNames = [outlet, siteName, organizationName, hostOf(url)];
  const ldAuthors = jsonLdNames(article?.['author']);
  const metaAuthors = [meta.get('author'), meta.get('article:author'), meta.get('byl')];
  const creditHints = [...ldAuthors, ...metaAuthors, ...sourceHints(article, meta, url)].filter(
    (a): a is string => !!a,
  );
  // Several JSON-LD authors are one byline: "Jane Roe, John Doe". The first that is a
  // name once cleaned is the byline (extract/finish-article.ts).
  const bylines = [parsed?.byline, ldAuthors.join(', '), ...metaAuthors].filter(
    (b): b is string => !!b,
  );
  return {
    title: pageTitle(doc, meta, article, parsed, siteNames),
    bylines,
    outlet,
    url,
    ...findDates(article, meta, doc, parsed?.publishedTime ?? null),
    lang: detectLang(doc, meta, article) ?? parsed?.lang ?? null,
    creditHints,
    paywalled: /^false$/i.test(String(article?.['isAccessibleForFree'] ?? '')),
  };
}

/** The headline: the best-confirmed metadata title, without the outlet's suffix. */
function pageTitle(
  doc: Document,
  meta: Map<string, string>,
  article: JsonLdNode | null,
  parsed: ReadabilityOutput | null,
  siteNames: (string | null | undefined)[],
): string {
  const headings = Array.from(doc.querySelectorAll('h1'), (h) => h.textContent ?? '').slice(0, 6);
  const candidates = [
    jsonLdString(article, 'headline'),
    meta.get('og:title') ?? null,
    meta.get('twitter:title') ?? null,
    parsed?.title ?? null,
    doc.title,
  ];
  const names = siteNames.filter((s): s is string => !!s);
  return stripTitleSuffix(chooseTitle(candidates, headings), names, headings);
}

/** Where the page says its text came from: JSON-LD source fields and syndication metas. */
function sourceHints(
  article: JsonLdNode | null,
  meta: Map<string, string>,
  url: string,
): (string | null)[] {
  const syndication = [meta.get('syndication-source'), meta.get('original-source'), url];
  return [
    ...['sourceOrganization', 'provider', 'copyrightHolder'].flatMap((key) =>
      jsonLdNames(article?.[key]),
    ),
    jsonLdString(article, 'creditText'),
    ...syndication.map(agencyFromUrl),
  ];
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? registrableDomain(host) : null;
  } catch {
    return null;
  }
}
