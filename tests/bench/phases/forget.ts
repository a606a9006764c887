import type { Corpus } from '../generator/corpus.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { summarize, type Summary } from '../stats.ts';
import { send } from './send.ts';

/** Forgetting articles past the keep period (utils/store/forget-old.ts) with the store full. */
export interface ForgetTimes {
  /** Articles imported as last read in 2020, then forgotten. */
  articles: number;
  /** 'forget-old' steps (each up to FORGET_STEP_MS) until none was left. */
  steps: number;
  seconds: number;
  perSecond: number;
  stepMs: Summary;
  /** Past the period after the last step (0 when all went). */
  left: number;
}

/** Where the phase's articles start among the corpus's fresh ones (ingest uses the first). */
const FIRST_FRESH = 20_000;
const YEAR_2020 = Date.UTC(2020, 0, 1);
const KEEP_DAYS = 365;
// The setting as the saved page stores it (utils/settings.ts, WXT's `local:keepDays`).
const setKeepDays = (days: number | null) =>
  `(globalThis.browser ?? globalThis.chrome).storage.local.set({ keepDays: ${JSON.stringify(days)} }).then(() => true)`;

/**
 * Imports `count` fresh articles said to have been last read in 2020, keeps articles a year
 * (as the saved page sets it), then sends 'forget-old' steps as the saved page does until
 * none is left, timing each. Null for a build without the request. The period is set back
 * to forever afterwards.
 */
export async function timeForget(
  driver: BenchDriver,
  corpus: Corpus,
  count: number,
  batch: number,
): Promise<ForgetTimes | null> {
  for (let k = 0; k < count; k += batch) {
    const articles = [];
    for (let i = k; i < Math.min(count, k + batch); i++)
      articles.push({
        ...corpus.freshArticle(FIRST_FRESH + i),
        firstSeen: YEAR_2020 + i,
        lastSeen: YEAR_2020 + i,
      });
    await send(driver, { kind: 'import-articles', articles });
  }
  await driver.evaluate(setKeepDays(KEEP_DAYS));
  try {
    const stepMs: number[] = [];
    let deleted = 0;
    for (let more = true; more;) {
      const step = await send<{ deleted: number; more: boolean }>(driver, { kind: 'forget-old' });
      stepMs.push(step.ms);
      deleted += step.value.deleted;
      more = step.value.more;
    }
    const left = await send<number>(
      driver,
      { kind: 'count-read-before', days: KEEP_DAYS },
      '(v) => v.count',
    );
    const seconds = stepMs.reduce((a, b) => a + b, 0) / 1000;
    if (deleted < count) throw new Error(`forgot ${deleted} of ${count}`);
    return {
      articles: deleted,
      steps: stepMs.length,
      seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round(deleted / seconds),
      stepMs: summarize(stepMs),
      left: left.value,
    };
  } catch (e) {
    // A build from before the keep period has no such request: the phase says n/a.
    if (/forget-old failed: no answer/.test(String(e))) return null;
    throw e;
  } finally {
    await driver.evaluate(setKeepDays(null));
  }
}
