import { storage } from 'wxt/utils/storage';
import { PAUSED_SITES_KEY, readPausedSites, withSite } from './paused-sites';

/** Store every article read (on by default); off, the popup offers "Save" instead. */
export const autoSave = storage.defineItem<boolean>('local:autoSave', { fallback: true });

/** Days saved articles are kept after their last reading (keep-period.ts): read as `readKeepDays`. */
export const keepPeriod = storage.defineItem<unknown>('local:keepDays', { fallback: null });

/**
 * Sites the reader paused Wiretrace on (utils/paused-sites.ts): read as `readPausedSites`.
 * The content script reads the key itself (`loadPausedSites`), without WXT's storage module:
 * some 9 KB less to compile on every page.
 */
export const pausedSites = storage.defineItem<unknown>(`local:${PAUSED_SITES_KEY}`, {
  fallback: [],
});

/**
 * Pauses or resumes `site` on the list as stored now, not a copy read earlier: the popup and
 * the saved page may both change it. Returns the new list.
 */
export async function setSitePaused(site: string, paused: boolean): Promise<string[]> {
  const next = withSite(readPausedSites(await pausedSites.getValue()), site, paused);
  await pausedSites.setValue(next);
  return next;
}
