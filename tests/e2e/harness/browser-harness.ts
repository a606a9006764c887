/** One browser tab driven by a test, seen both from the test and from the extension. */
export interface BrowserTab {
  /** The extension's `tabs.Tab.id` for this tab (what `popup.html?tabId=` wants). */
  readonly tabId: number;
  /** Navigates; waits for the load event unless `waitForLoad` is false (then only starts it). */
  goto(url: string, waitForLoad?: boolean): Promise<void>;
  /**
   * Evaluates a JavaScript expression in the page (awaiting a promise result) and returns its
   * value through JSON, so both drivers hand back the same plain data.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** Makes this the visible tab of its window (matters only when headed). */
  focus(): Promise<void>;
  /** Writes a PNG of the whole page. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Options for a new tab. */
export interface OpenTabOptions {
  /** False: return as soon as navigation has started, to time what the page does while loading. */
  waitForLoad?: boolean;
  /** CSS pixel size of the viewport. */
  viewport?: { width: number; height: number };
  /**
   * The page sees `prefers-color-scheme: dark`. Chromium only: Firefox ESR's WebDriver BiDi
   * has no such override (it came in Firefox 159), so the Firefox harness refuses it.
   */
  darkScheme?: boolean;
}

/** The same small surface over Chromium (Playwright) and Firefox (WebDriver BiDi). */
export interface BrowserHarness {
  readonly name: 'chromium' | 'firefox';
  /** Whether `openTab` can give a page `darkScheme`. */
  readonly emulatesDarkScheme: boolean;
  /** Opens a new tab, learns its extension tab id, then navigates it to `url`. */
  openTab(url: string, options?: OpenTabOptions): Promise<BrowserTab>;
  /** Evaluates an expression in an extension context (Chromium: the service worker). */
  evaluateInExtension<T>(expression: string): Promise<T>;
  /** Absolute URL of a page inside the loaded extension, e.g. `popup.html?tabId=3`. */
  extensionUrl(path: string): string;
  /** Closes the browser and deletes its temporary profile; safe to call twice. */
  close(): Promise<void>;
}

/** Wraps an expression so its (possibly promised) value comes back as a JSON string. */
export function jsonExpression(expression: string): string {
  return `(async () => JSON.stringify(await (${expression})))()`;
}
