import { cleanUrl } from './clean-url.ts';

/**
 * The article's canonical URL: `<link rel=canonical>`, else `og:url`, resolved against
 * the page URL; else the page URL itself. Tracking parameters and the fragment are
 * dropped either way. A canonical that points at a site's front page from a deeper page
 * is a template bug, not the article's address, so it is ignored.
 */
export function canonicalUrl(doc: Document, ogUrl: string | null, pageUrl: string): string {
  const linked = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  // Relative URLs resolve against <base href> when the page has one, as the browser does.
  const base =
    resolveHttpUrl(doc.querySelector('base[href]')?.getAttribute('href') ?? null, pageUrl) ??
    pageUrl;
  for (const candidate of [linked, ogUrl]) {
    const resolved = resolveHttpUrl(candidate, base);
    if (resolved && !isFrontPageOf(resolved, pageUrl)) return cleanUrl(resolved);
  }
  return cleanUrl(pageUrl);
}

function resolveHttpUrl(href: string | null, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isFrontPageOf(candidate: string, pageUrl: string): boolean {
  try {
    const page = new URL(pageUrl);
    const path = new URL(candidate).pathname;
    return (path === '/' || path === '') && page.pathname.length > 1 && page.protocol !== 'file:';
  } catch {
    return false;
  }
}
