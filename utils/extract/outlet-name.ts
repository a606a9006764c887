import { registrableDomain } from './registrable-domain.ts';

/**
 * The outlet's human name from the first usable candidate (JSON-LD publisher,
 * og:site_name, ...), else the page's registrable domain. Taglines such as
 * "Example.cz - News you need" are cut, and a URL given as a site name becomes its domain.
 */
export function outletName(candidates: readonly (string | null)[], pageUrl: string): string {
  for (const candidate of candidates) {
    const name = cleanSiteName(candidate);
    if (name) return name;
  }
  return hostDomain(pageUrl) ?? 'local file';
}

function cleanSiteName(raw: string | null): string | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) return hostDomain(value);
  const head = value.split(/\s[|\-–—:]\s/)[0]?.trim();
  return head && head.length >= 2 ? head : value;
}

function hostDomain(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? registrableDomain(host) : null;
  } catch {
    return null;
  }
}
