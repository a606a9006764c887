import type { Corpus } from '../generator/corpus.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { summarize, type Summary } from '../stats.ts';
import { send } from './send.ts';

/** What the saved-article page costs with the store full, each request timed `samples` times. */
export interface SavedPageTimes {
  /** The first page of 50 rows, no search (opening the page). */
  firstPageMs: Summary;
  /** A search for one outlet's name: many rows. */
  outletSearchMs: Summary;
  /** A search for a word of one stored title: few rows. */
  titleSearchMs: Summary;
  /** Rows the two searches found (their `total`). */
  outletSearchTotal: number;
  titleSearchTotal: number;
  /** The first page in the 'shared' order (most outlets sharing text first), no search. */
  sharedOrderMs: Summary;
  /** One article's report, as clicking a row asks for it. */
  articleMs: Summary;
  /**
   * Linking the imported articles as the open saved page does it ('link-imported' steps,
   * one after another, for about `LINK_SECONDS`): how fast "Shared by" fills in after an
   * import, and how many were still waiting when timing stopped.
   */
  linking: {
    steps: number;
    linked: number;
    seconds: number;
    perSecond: number;
    remaining: number;
  } | null;
}

/** How long the bench lets the saved page link imported articles. */
const LINK_SECONDS = 5;

const PAGE = 50;

/** Times the saved page's requests as it sends them, at the store's present size. */
export async function timeSavedPage(
  driver: BenchDriver,
  corpus: Corpus,
  samples: number,
): Promise<SavedPageTimes> {
  const list = (query: string, order: string) =>
    send<number>(
      driver,
      { kind: 'list-articles', query, offset: 0, limit: PAGE, order },
      '(v) => v.total',
    );
  const times = async (query: string, order = 'newest') => {
    const ms: number[] = [];
    let total = 0;
    for (let k = 0; k < samples; k++) {
      const r = await list(query, order);
      ms.push(r.ms);
      total = r.value;
    }
    return { ms: summarize(ms), total };
  };
  const middle = corpus.articleAt(Math.floor(corpus.size / 2));
  // The title's longest word: a search a reader would type to find that one story again.
  const word = middle.title.split(/\s+/).reduce((x, y) => (y.length > x.length ? y : x), '');
  const first = await times('');
  const outlet = await times(middle.outlet);
  const title = await times(word);
  const shared = await times('', 'shared');
  const articleMs: number[] = [];
  for (let k = 0; k < samples; k++) {
    const id = 1 + Math.floor(((k + 0.5) * corpus.size) / samples);
    articleMs.push((await send(driver, { kind: 'get-article', id }, '(v) => null')).ms);
  }
  return {
    linking: await timeLinking(driver),
    firstPageMs: first.ms,
    outletSearchMs: outlet.ms,
    titleSearchMs: title.ms,
    outletSearchTotal: outlet.total,
    titleSearchTotal: title.total,
    sharedOrderMs: shared.ms,
    articleMs: summarize(articleMs),
  };
}

/**
 * Sends 'link-imported' steps for about LINK_SECONDS, as the saved page does while open;
 * null for a build older than the request (`--extension`).
 */
async function timeLinking(driver: BenchDriver): Promise<SavedPageTimes['linking']> {
  const known = await send(driver, { kind: 'link-imported' }).then(
    () => true,
    () => false,
  );
  if (!known) return null;
  let steps = 0;
  let linked = 0;
  let ms = 0;
  let remaining = 0;
  do {
    const step = await send<{ linked: number; remaining: number }>(driver, {
      kind: 'link-imported',
    });
    steps++;
    ms += step.ms;
    linked += step.value.linked;
    remaining = step.value.remaining;
  } while (remaining > 0 && ms < LINK_SECONDS * 1000);
  const seconds = ms / 1000;
  return { steps, linked, seconds, perSecond: Math.round(linked / seconds), remaining };
}
