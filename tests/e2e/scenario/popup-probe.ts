import type { BrowserHarness, BrowserTab } from '../harness/browser-harness.ts';
import { sleep, waitFor } from '../harness/wait-for.ts';

/** What the popup shows, read through its test contract (data-* attributes, <mark>). */
export interface PopupView {
  status: string | null;
  /** `later`: marked as published after the article shown. */
  matches: { url: string; percent: number; later: boolean }[];
  marks: string[];
}

const READ_POPUP = `(() => ({
  status: document.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
  matches: [...document.querySelectorAll('[data-match-url]')].map((e) => ({
    url: e.getAttribute('data-match-url'),
    percent: Number(e.getAttribute('data-shared-percent')),
    later: e.hasAttribute('data-later'),
  })),
  marks: [...document.querySelectorAll('mark[data-shared]')].map((e) => e.textContent ?? ''),
}))()`;

/** Clicks the button `selector` finds once it is there and enabled; null until then. */
export const CLICK_BUTTON = (selector: string) => `(() => {
  const button = document.querySelector(${JSON.stringify(selector)});
  if (!button || button.disabled) return null;
  button.click();
  return true;
})()`;

/** Reads the popup page currently loaded in `tab`. */
export function readPopup(tab: BrowserTab): Promise<PopupView> {
  return tab.evaluate<PopupView>(READ_POPUP);
}

/** URL of the popup showing the result for one tab. */
export function popupUrl(harness: BrowserHarness, tabId: number): string {
  return harness.extensionUrl(`popup.html?tabId=${tabId}`);
}

/**
 * Reloads the popup for `tabId` in `viewer` until its status is one of `wanted`. There is
 * no "stored" event to wait on: the popup turning to "article" is the signal.
 */
export async function waitForPopupStatus(
  harness: BrowserHarness,
  viewer: BrowserTab,
  tabId: number,
  wanted: string[],
  what: string,
): Promise<PopupView> {
  let last: PopupView | null = null;
  return waitFor(
    `${what} (popup for tab ${tabId} to show ${wanted.join('/')})`,
    async () => {
      await viewer.goto(popupUrl(harness, tabId));
      last = await waitFor(
        'the popup to leave "loading"',
        async () => {
          const view = await readPopup(viewer);
          return view.status && view.status !== 'loading' ? view : null;
        },
        5000,
        20,
      );
      if (wanted.includes(last.status ?? '')) return last;
      await sleep(250);
      throw new Error(`status is still "${last.status}"`);
    },
    undefined,
    50,
    8000,
  );
}

// First call installs a MutationObserver (if the result is not there yet) that stamps the
// exact moment `[data-status]` leaves "loading", and says "watching"; later calls read the
// stamp.
const SETTLED_AT = `(() => {
  if (!location.href.startsWith(TARGET)) return null;
  const settled = () => {
    const status = document.querySelector('[data-status]')?.getAttribute('data-status');
    if (!status || status === 'loading' || window.__wtSettled) return;
    window.__wtSettled = { status, ms: performance.now() };
    window.__wtObserver?.disconnect();
  };
  settled();
  if (!window.__wtSettled && !window.__wtObserver) {
    window.__wtObserver = new MutationObserver(settled);
    window.__wtObserver.observe(document, { subtree: true, childList: true, attributes: true });
  }
  const parsed = performance.getEntriesByType('navigation')[0]?.domInteractive ?? 0;
  return window.__wtSettled ? { ...window.__wtSettled, parsed } : window.__wtObserver ? 'watching' : null;
})()`;

const STATE = `location.href + ' data-status=' + document.querySelector('[data-status]')?.getAttribute('data-status') + ' settled=' + JSON.stringify(window.__wtSettled ?? null) + ' observer=' + Boolean(window.__wtObserver)`;

/** When the popup showed its result, on the page's own clock. */
export interface PopupTiming {
  tab: BrowserTab;
  status: string;
  /** Navigation start → `[data-status]` left "loading": what a user waits, browser overhead included. */
  pageMs: number;
  /** Document parsed (domInteractive) → result: the popup's own work (scripts, message, render). */
  ownMs: number;
}

/**
 * Opens the popup for `tabId` in a new tab and times when `[data-status]` first stops being
 * "loading": exactly when the first poll came before the result, else the poll's time (an
 * upper bound a few ms high).
 */
export async function timePopupOpen(harness: BrowserHarness, tabId: number): Promise<PopupTiming> {
  const url = popupUrl(harness, tabId);
  const tab = await harness.openTab(url, {
    waitForLoad: false,
    viewport: { width: 440, height: 720 },
  });
  const expression = SETTLED_AT.replace('TARGET', JSON.stringify(url));
  type Settled = { status: string; ms: number; parsed: number };
  const probe = () => tab.evaluate<Settled | 'watching' | null>(expression);
  const isSettled = (v: Settled | 'watching' | null) => (typeof v === 'object' ? v : null);
  // Poll fast until the observer is in (a later first poll only bounds the time from above),
  // then slowly: each poll runs a script on the popup's own main thread, which the popup
  // being timed needs.
  const settled = await waitFor('the popup page to be watched', probe, undefined, 3, 2000)
    .then(
      (first) =>
        isSettled(first) ??
        waitFor('the popup to show a result', async () => isSettled(await probe()), undefined, 25),
    )
    .catch(async (error: unknown) => {
      const now = await tab.evaluate<string>(STATE).catch((e: unknown) => String(e));
      throw new Error(`${error instanceof Error ? error.message : error}; page: ${now}`);
    });
  return {
    tab,
    status: settled.status,
    pageMs: Math.round(settled.ms),
    ownMs: Math.round(settled.ms - settled.parsed),
  };
}
