import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/send-request';
import { describeTimeLeft, PACE_AFTER_MS } from '../../utils/time-left';
import { errorMessage } from '../../utils/error-message';

/** At most this often the list is reloaded while imported articles are being linked, ms. */
const REFRESH_EVERY_MS = 3000;

/**
 * Links imported articles while the page is open: asks the background for one short step
 * after another until none waits, reloading the list now and then so "Shared by" fills in.
 * Returns how many still wait (null before the first answer), an estimate of the time
 * left once the pace is known, and `start`, for after an import. The steps stop when the
 * page closes; the rest wait in the store for next time.
 */
export function useLinking(onLinked: () => void, onError: (message: string) => void) {
  const [remaining, setRemaining] = useState<number | null>(null);
  const [timeLeft, setTimeLeft] = useState<string | null>(null);
  const running = useRef(false);
  // Asked to start while running: an import may have finished after the running loop's
  // last step counted what waits, so that loop must take another step before it stops.
  const again = useRef(false);
  const open = useRef(true);
  // The latest callbacks, so a loop started earlier reloads the current search.
  const linked = useRef(onLinked);
  linked.current = onLinked;

  const start = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    const started = performance.now();
    let lastRefresh = started;
    let unseen = 0;
    let total = 0;
    try {
      while (open.current) {
        again.current = false;
        const step = await sendRequest('link-imported', {});
        setRemaining(step.remaining);
        unseen += step.linked;
        total += step.linked;
        const elapsed = performance.now() - started;
        setTimeLeft(
          elapsed >= PACE_AFTER_MS
            ? describeTimeLeft(step.remaining, (1000 * total) / elapsed)
            : null,
        );
        const done = step.remaining === 0;
        if (unseen > 0 && (done || performance.now() - lastRefresh >= REFRESH_EVERY_MS)) {
          linked.current();
          unseen = 0;
          lastRefresh = performance.now();
        }
        if (done && !again.current) break;
      }
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      running.current = false;
    }
  }, []);

  useEffect(() => {
    open.current = true;
    void start();
    return () => {
      open.current = false;
    };
  }, [start]);

  return { remaining, timeLeft, start };
}
