/** A browser with the production extension loaded, driven from one of its own pages. */
export interface BenchDriver {
  readonly browser: 'chromium' | 'firefox';
  /**
   * Evaluates an expression in the extension page (same origin as the background), awaiting
   * a promise, and returns its value through JSON.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** Background JS heap in use (MB) after a GC, or null with why not. */
  heapMB(): Promise<{ value: number | null; note: string }>;
  /**
   * Stops the background so the next request starts it cold. Resolves false with a note when
   * the browser keeps a persistent background page that cannot be stopped.
   */
  stopBackground(): Promise<{ stopped: boolean; note: string }>;
  /** Bytes the extension's IndexedDB folder takes in the profile, or null if unknown. */
  idbBytesOnDisk(): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * The page-side helper every driver installs: sends one protocol message and times the
 * round trip to the background with the page's clock.
 */
export const PAGE_HELPER = `(globalThis.__bench = {
  api: globalThis.browser ?? globalThis.chrome,
  async send(message) {
    const t = performance.now();
    const reply = await this.api.runtime.sendMessage(message);
    const end = performance.now();
    return { ms: end - t, start: t, end, reply };
  },
}, true)`;
