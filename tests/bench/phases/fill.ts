import type { Corpus } from '../generator/corpus.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { send } from './send.ts';

/** What filling the store took. */
export interface FillResult {
  imported: number;
  skipped: number;
  /** Sum of the import requests' round trips, timed in the extension page. */
  requestSeconds: number;
  /** Whole phase, including generating the articles in Node and passing them to the page. */
  wallSeconds: number;
  /** Mean words per generated article (whitespace-separated). */
  meanWords: number;
  /** Articles/s in the extension over each tenth of the fill: does storing slow as the store grows? */
  perSecondByTenth: number[];
}

/**
 * Fills the store with the corpus through `import-articles`, `batch` articles a message:
 * the import code path. The next batch is generated while the browser stores this one.
 */
export async function fillStore(
  driver: BenchDriver,
  corpus: Corpus,
  batch: number,
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
  const r = { imported: 0, skipped: 0, ms: 0 };
  const batchMs: number[] = [];
  let next = make(0);
  for (let from = 0; from < corpus.size; from += batch) {
    const pending = send<{ imported: number; skipped: number }>(driver, {
      kind: 'import-articles',
      articles: next,
    });
    next = from + batch < corpus.size ? make(from + batch) : [];
    const { ms, value } = await pending;
    r.imported += value.imported;
    r.skipped += value.skipped;
    r.ms += ms;
    batchMs.push(ms);
    const done = Math.min(corpus.size, from + batch);
    if (done % (batch * 10) === 0 || done === corpus.size) {
      progress(
        `filled ${done}/${corpus.size} (${Math.round(done / (r.ms / 1000))} articles/s in the extension)`,
      );
    }
  }
  return {
    imported: r.imported,
    skipped: r.skipped,
    requestSeconds: r.ms / 1000,
    wallSeconds: (performance.now() - started) / 1000,
    meanWords: words / corpus.size,
    perSecondByTenth: byTenth(batchMs, batch),
  };
}

function byTenth(batchMs: readonly number[], batch: number): number[] {
  const tenth = Math.max(1, Math.ceil(batchMs.length / 10));
  const out: number[] = [];
  for (let i = 0; i < batchMs.length; i += tenth) {
    const part = batchMs.slice(i, i + tenth);
    out.push(Math.round((part.length * batch) / (part.reduce((a, b) => a + b, 0) / 1000)));
  }
  return out;
}
