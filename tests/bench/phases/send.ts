import type { BenchDriver } from '../driver/bench-driver.ts';

/** One timed round trip from the extension page to the background. */
export interface Timed<T> {
  ms: number;
  /** When the request was sent and answered, on the extension page's clock (ms). */
  start: number;
  end: number;
  /** The unwrapped value of an `{ok: true, value}` reply. */
  value: T;
}

/**
 * Sends a protocol message from the extension page and times it there. `reduce` (JS
 * source of a function of the value) runs in the page, so only what the bench needs comes
 * back. Throws on a refused or unanswered request.
 */
export async function send<T>(
  driver: BenchDriver,
  message: unknown,
  reduce = '(v) => v',
): Promise<Timed<T>> {
  const expression = `__bench.send(${JSON.stringify(message)}).then(({ ms, start, end, reply }) => ({
    ms, start, end, ok: reply?.ok, error: reply === undefined ? 'no answer (unknown or refused request)' : reply.error,
    value: reply?.ok ? (${reduce})(reply.value) : null }))`;
  const r = await driver.evaluate<Timed<T> & { ok?: boolean; error?: string }>(expression);
  if (!r.ok) throw new Error(`${(message as { kind: string }).kind} failed: ${r.error}`);
  return { ms: r.ms, start: r.start, end: r.end, value: r.value };
}
