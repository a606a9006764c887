import type { Corpus } from '../generator/corpus.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { send } from './send.ts';

/** What filling the store took. */
export interface FillResult {
  imported: number;
  skipped: number;
  /**
   * Time at least one import request was pending in the extension page (its clock, from
   * sent to answered): with one request at a time, the sum of their round trips.
   */
  requestSeconds: number;
  /** Whole phase, including generating the articles in Node and passing them to the page. */
  wallSeconds: number;
  /** Mean words per generated article (whitespace-separated). */
  meanWords: number;
  /** Articles/s in the extension over each tenth of the fill: does storing slow as the store grows? */
  perSecondByTenth: number[];
}

/**
 * Fills the store with the corpus through `import-articles`, `batch` articles a message, up
 * to `inFlight` messages pending at once as the saved page imports a file: the import code
 * path. The next batch is generated while the browser stores the ones sent.
 */
export async function fillStore(
  driver: BenchDriver,
  corpus: Corpus,
  batch: number,
  inFlight: number,
  progress: (s: string) => void,
): Promise<FillResult> {
  const started = performance.now();
  let words = 0;
  const make = (from: number) => {
    const articles = [];
    for (let i = from; i < Math.min(corpus.size, from + batch); i++)
      articles.push(corpus.articleAt(i));
    for (const a of articles) words += a.text.split(/\s+/).length;
    return articles;
  };
  const r = { imported: 0, skipped: 0 };
  const spans: { start: number; end: number }[] = [];
  const sendBatch = async (articles: unknown[], done: number) => {
    const { start, end, value } = await send<{ imported: number; skipped: number }>(driver, {
      kind: 'import-articles',
      articles,
    });
    r.imported += value.imported;
    r.skipped += value.skipped;
    spans.push({ start, end });
    if (done % (batch * 10) === 0 || done === corpus.size) {
      const seconds = busySeconds(spans);
      progress(
        `filled ${done}/${corpus.size} (${Math.round(r.imported / seconds)} articles/s in the extension)`,
      );
    }
  };
  const pending: Promise<void>[] = [];
  let next = make(0);
  for (let from = 0; from < corpus.size; from += batch) {
    pending.push(sendBatch(next, Math.min(corpus.size, from + batch)));
    next = from + batch < corpus.size ? make(from + batch) : [];
    while (pending.length >= inFlight) await pending.shift();
  }
  await Promise.all(pending);
  return {
    imported: r.imported,
    skipped: r.skipped,
    requestSeconds: busySeconds(spans),
    wallSeconds: (performance.now() - started) / 1000,
    meanWords: words / corpus.size,
    perSecondByTenth: byTenth(spans, batch),
  };
}

/** Seconds covered by at least one of the spans (ms on one clock). */
function busySeconds(spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let total = 0;
  let from = 0;
  let to = -Infinity;
  for (const s of sorted) {
    if (s.start > to) {
      if (to > -Infinity) total += to - from;
      from = s.start;
      to = s.end;
    } else to = Math.max(to, s.end);
  }
  if (to > -Infinity) total += to - from;
  return total / 1000;
}

/** Articles/s over each tenth of the batches, in the order they were answered. */
function byTenth(spans: readonly { start: number; end: number }[], batch: number): number[] {
  const tenth = Math.max(1, Math.ceil(spans.length / 10));
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += tenth) {
    const part = spans.slice(i, i + tenth);
    out.push(Math.round((part.length * batch) / busySeconds(part)));
  }
  return out;
}
