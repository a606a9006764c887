/** Default upper bound for any single wait in the browser tests. */
export const WAIT_MS = 20_000;

/** Thrown when a time-boxed wait runs out; the message names what was awaited. */
export class WaitTimeout extends Error {}

/**
 * Polls `probe` until it returns a value other than undefined/null/false, or fails after
 * `timeoutMs` with an error naming `what`. Errors thrown by the probe count as "not yet".
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = WAIT_MS,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await withTimeout(what, probe(), Math.max(1, deadline - Date.now()));
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      if (error instanceof WaitTimeout) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError ? ` (last error: ${String(lastError)})` : '';
      throw new WaitTimeout(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

/** Rejects with a WaitTimeout naming `what` if `promise` takes longer than `timeoutMs`. */
export function withTimeout<T>(what: string, promise: Promise<T>, timeoutMs = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WaitTimeout(`timed out after ${timeoutMs} ms waiting for ${what}`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
