import type { BenchDriver } from '../driver/bench-driver.ts';

/** One timed round trip from the extension page to the background. */
export interface Timed<T> {
  ms: number;
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
  const expression = `__bench.send(${JSON.stringify(message)}).then(({ ms, reply }) => ({
    ms, ok: reply?.ok, error: reply === undefined ? 'no answer (unknown or refused request)' : reply.error,
    value: reply?.ok ? (${reduce})(reply.value) : null }))`;
  const r = await driver.evaluate<{ ms: number; ok?: boolean; error?: string; value: T }>(
    expression,
  );
  if (!r.ok) throw new Error(`${(message as { kind: string }).kind} failed: ${r.error}`);
  return { ms: r.ms, value: r.value };
}
