import type { TabResult } from '../tab-result';

/** Where per-tab results live; survives a stopped MV3 service worker when session-backed. */
export interface TabResults {
  get(tabId: number): Promise<TabResult | null>;
  set(tabId: number, result: TabResult): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** Minimal slice of `browser.storage.session` (or any StorageArea) that TabResults needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Keeps results in memory for speed and mirrors them to session storage (when the browser
 * has it) so a restarted service worker can still answer the popup at once.
 */
export function createTabResults(session?: SessionArea): TabResults {
  const memory = new Map<number, TabResult>();
  const key = (tabId: number) => `tab:${tabId}`;
  return {
    async get(tabId) {
      const hit = memory.get(tabId);
      if (hit || !session) return hit ?? null;
      const stored = (await session.get(key(tabId)))[key(tabId)] as TabResult | undefined;
      if (stored) memory.set(tabId, stored);
      return stored ?? null;
    },
    async set(tabId, result) {
      memory.set(tabId, result);
      // Session storage has a quota too; the in-memory copy still serves the popup.
      await session?.set({ [key(tabId)]: result }).catch(() => undefined);
    },
    async delete(tabId) {
      memory.delete(tabId);
      await session?.remove(key(tabId)).catch(() => undefined);
    },
  };
}
