import type { BrowserHarness, BrowserTab } from '../harness/browser-harness.ts';
import type { SiteServer } from '../server/site-server.ts';
import type { CheckLog } from './check-log.ts';

/** What one run of the scenario needs. */
export interface ScenarioContext {
  harness: BrowserHarness;
  server: SiteServer;
  log: CheckLog;
  artifactsDir: string;
  /** A tab the scenario reloads with popup.html?tabId=… to watch other tabs' results. */
  viewer: BrowserTab;
}
