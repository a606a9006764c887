import { useEffect, useRef, useState } from 'preact/hooks';
import { formatBytes } from '../../utils/format-bytes';
import { KEEP_CHOICES, keepLabel, readKeepDays } from '../../utils/keep-period';
import { plural } from '../../utils/plural';
import { sendRequest } from '../../utils/send-request';
import { keepPeriod } from '../../utils/settings';
import { describeTimeLeft, PACE_AFTER_MS } from '../../utils/time-left';
import { errorMessage } from '../../utils/error-message';

interface KeepArticlesProps {
  /** How many articles are stored: the disk use is read again when it changes. */
  stored: number;
  /** Some articles were deleted: the list reloads. */
  onForgot(): void;
  onError(message: string): void;
}

/**
 * The disk Wiretrace uses, and how long it keeps articles: a period shorter than forever
 * deletes, once confirmed, what was last read longer ago, and from then on the background
 * deletes articles as they pass it.
 */
export function KeepArticles({ stored, onForgot, onError }: KeepArticlesProps) {
  const [days, setDays] = useState<number | null | undefined>(undefined);
  const [usage, setUsage] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = useRef(true);
  // The latest callbacks: a deletion started on opening must reload the list as it is searched now.
  const callbacks = useRef({ onForgot, onError });
  callbacks.current = { onForgot, onError };

  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then((e) => setUsage(e.usage ?? null))
      .catch(() => setUsage(null));
  }, [stored]);

  // Deletes what the period leaves out, one short request after another, while the page is
  // open: some 130 articles a second at 100,000 stored, so tens of thousands take minutes.
  const forget = async (period: number, total: number) => {
    const what = `last read more than ${keepLabel(period)} ago`;
    const started = performance.now();
    let deleted = 0;
    setBusy(true);
    try {
      for (let more = true; more && open.current;) {
        // Counted before (a period just chosen): how many are left; else how many went so far.
        const left = Math.max(0, total - deleted);
        const elapsed = performance.now() - started;
        const pace =
          elapsed >= PACE_AFTER_MS ? describeTimeLeft(left, (1000 * deleted) / elapsed) : null;
        if (total > 0)
          setStatus(
            `Deleting saved articles ${what}… ${left.toLocaleString()} left${pace ? ` (${pace})` : ''}`,
          );
        else if (deleted > 0)
          setStatus(`Deleting saved articles ${what}… ${deleted.toLocaleString()} so far`);
        const step = await sendRequest('forget-old', {});
        deleted += step.deleted;
        more = step.more;
      }
      setStatus(deleted > 0 ? `Deleted ${plural(deleted, 'article')} ${what}.` : null);
    } catch (e) {
      setStatus(null);
      callbacks.current.onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
    if (deleted > 0) callbacks.current.onForgot();
  };

  useEffect(() => {
    open.current = true;
    void keepPeriod.getValue().then((value) => {
      const period = readKeepDays(value);
      setDays(period);
      // Articles that passed the period since the background last looked go now.
      if (period !== null) void forget(period, 0);
    });
    return () => {
      open.current = false;
    };
  }, []);

  const choose = async (period: number | null) => {
    if (period !== null) {
      const { count } = await sendRequest('count-read-before', { days: period });
      const question = `Delete the ${plural(count, 'saved article')} last read more than ${keepLabel(period)} ago? This cannot be undone.`;
      if (count > 0 && !confirm(question)) return;
      await keepPeriod.setValue(period);
      setDays(period);
      await forget(period, count);
    } else {
      await keepPeriod.setValue(null);
      setDays(null);
      setStatus(null);
    }
  };

  return (
    <p class="keep-articles muted">
      {usage !== null ? <span data-storage-usage>{formatBytes(usage)} on this device.</span> : null}
      <label>
        Keep articles{' '}
        <select
          value={String(days ?? '')}
          disabled={days === undefined || busy}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            // Shown again as it was until the choice is confirmed and stored.
            e.currentTarget.value = String(days ?? '');
            void choose(chosen ? Number(chosen) : null).catch((err: Error) => onError(err.message));
          }}
        >
          {KEEP_CHOICES.map((c) => (
            <option key={c.label} value={String(c.days ?? '')}>
              {c.days === null ? 'forever' : `for ${c.label} after last reading`}
            </option>
          ))}
        </select>
      </label>
      {status ? (
        <span role="status" data-keep-status>
          {status}
        </span>
      ) : null}
    </p>
  );
}
