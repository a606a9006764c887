import { storage } from 'wxt/utils/storage';

/** Store every article read (on by default); off, the popup offers "Save" instead. */
export const autoSave = storage.defineItem<boolean>('local:autoSave', { fallback: true });
