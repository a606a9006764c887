/**
 * Sites the reader paused Wiretrace on (a bank's news page, a site they would rather keep
 * out of their saved articles): pages there are neither read nor saved. A site is a host
 * name, lower case, without a leading "www."; pausing it covers its subdomains too.
 */

/** The site a page belongs to, or null for a URL that is not http(s). */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
}

/** The paused site `url` is on (the site itself or one of its subdomains), or null. */
export function pausingSite(url: string, sites: readonly string[]): string | null {
  const site = siteOf(url);
  if (!site) return null;
  return sites.find((s) => site === s || site.endsWith(`.${s}`)) ?? null;
}

/** Whether `url` is on a paused site or one of its subdomains. */
export function isPaused(url: string, sites: readonly string[]): boolean {
  return pausingSite(url, sites) !== null;
}

/** The list with `site` paused or resumed: sorted, each site once. */
export function withSite(sites: readonly string[], site: string, paused: boolean): string[] {
  const rest = sites.filter((s) => s !== site);
  const next = paused ? [...rest, site] : rest;
  return [...new Set(next)].sort();
}

/** What the popup says for a page on a paused site. */
export function pausedMessage(url: string): string {
  return `Wiretrace is paused on ${siteOf(url) ?? 'this site'}: its pages are not read or saved.`;
}

/** The stored list, or an empty one for anything else (a hand-edited or corrupt value). */
export function readPausedSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The key the list is stored under in the extension's local storage (`utils/settings.ts`). */
export const PAUSED_SITES_KEY = 'pausedSites';

/** Reads the stored list from a storage area. */
export async function loadPausedSites(area: {
  get(key: string): Promise<Record<string, unknown>>;
}): Promise<string[]> {
  return readPausedSites((await area.get(PAUSED_SITES_KEY))[PAUSED_SITES_KEY]);
}
