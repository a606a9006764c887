import type { BenchDriver } from '../driver/bench-driver.ts';
import { send } from './send.ts';

/**
 * Cold start: stops the background, then times the first `get-article` (a full match of a
 * stored article) from the extension page, which has to wake the service worker, open the
 * database and match. Repeated `rounds` times on different articles.
 */
export async function timeColdStart(driver: BenchDriver, ids: readonly number[], rounds = 5) {
  const times: number[] = [];
  let note = '';
  for (let r = 0; r < rounds && r < ids.length; r++) {
    const stop = await driver.stopBackground();
    note = stop.note;
    if (!stop.stopped) return { times: [], note };
    times.push((await send(driver, { kind: 'get-article', id: ids[r]! }, '(v) => null')).ms);
  }
  return { times, note };
}
