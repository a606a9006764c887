import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRequestHandler } from '../utils/background/handle-request';
import { senderOrigin } from '../utils/background/sender-origin';
import { createTabResults } from '../utils/background/tab-results';
import { readKeepDays } from '../utils/keep-period';
import { autoSave, keepPeriod } from '../utils/settings';
import { openDb } from '../utils/store/db';
import { toolbarBadge } from '../utils/toolbar-badge';
import { validateRequest } from '../utils/validate-request';

export default defineBackground(() => {
  const db = openDb();
  const tabResults = createTabResults(browser.storage.session);
  // MV3 has `action`, Firefox MV2 `browserAction`: same badge API.
  const action = browser.action ?? browser.browserAction;
  const handle = createRequestHandler({
    db,
    tabResults,
    isAutoSaveOn: () => autoSave.getValue(),
    keepDays: async () => readKeepDays(await keepPeriod.getValue()),
    setBadge: async (tabId, outlets) => {
      const badge = toolbarBadge(outlets);
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      await action.setBadgeBackgroundColor({ tabId, color: '#b4232a' });
    },
    now: () => Date.now(),
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    const request = validateRequest(message);
    if (typeof request === 'string') return undefined;
    const origin = senderOrigin(
      request.kind,
      sender,
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    return origin ? handle(request, origin) : undefined;
  });

  // A tab that starts loading a new page no longer shows the old page's result.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabResults.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabResults.delete(tabId));
});
