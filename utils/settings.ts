import { storage } from 'wxt/utils/storage';

/** Store every article read (on by default); off, the popup offers "Save" instead. */
export const autoSave = storage.defineItem<boolean>('local:autoSave', { fallback: true });

/** Sites the reader paused Wiretrace on (utils/paused-sites.ts): read as `readPausedSites`. */
export const pausedSites = storage.defineItem<unknown>('local:pausedSites', { fallback: [] });
