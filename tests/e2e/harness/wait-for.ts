/** Default upper bound for any single wait in the browser tests. */
export const WAIT_MS = 20_000;

/** Thrown when a time-boxed wait runs out; the message names what was awaited. */
export class WaitTimeout extends Error {}

/**
 * Polls `probe` until it returns a value other than undefined/null/false, or fails after
 * `timeoutMs` with an error naming `what` and the probe's last error. Errors thrown by the
 * probe (nested waits included) count as "not yet", and so does an attempt that takes
 * longer than `attemptMs` (a browser may never answer a call made mid-navigation).
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = WAIT_MS,
  intervalMs = 50,
  attemptMs = timeoutMs,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      const detail = lastError
        ? ` (last: ${lastError instanceof Error ? lastError.message : String(lastError)})`
        : '';
      throw new WaitTimeout(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    const attempt = probe();
    try {
      const value = await withTimeout(what, attempt, Math.min(remaining, attemptMs));
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      // The attempt cut short by the deadline says nothing new; keep the previous reason.
      if (!(error instanceof WaitTimeout && Date.now() >= deadline)) lastError = error;
    }
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
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
