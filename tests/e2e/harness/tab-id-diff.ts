import { waitFor, withTimeout } from './wait-for.ts';

/**
 * Learns the extension tab id of a tab the test just created: the one id present after
 * `create` that was not there before. The extension has no "tabs" permission, so tab URLs
 * may be hidden from it; ids are always visible and never reused within a session.
 */
export async function newTabId<T>(
  listTabIds: () => Promise<number[]>,
  create: () => Promise<T>,
): Promise<{ created: T; tabId: number }> {
  const before = new Set(await withTimeout('the extension to list its tabs', listTabIds()));
  const created = await withTimeout('the browser to open a new tab', create());
  const tabId = await waitFor('the new tab to appear in the extension tabs.query()', async () => {
    const fresh = (await listTabIds()).filter((id) => !before.has(id));
    if (fresh.length > 1) throw new Error(`several new tabs appeared: ${fresh.join(', ')}`);
    return fresh[0];
  });
  return { created, tabId };
}
