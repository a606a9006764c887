import type { Corpus } from '../generator/corpus.ts';
import { makeRng, seedOf } from '../generator/rng.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import type { QueryReport } from '../quality/score-quality.ts';
import { send } from './send.ts';

/** Matching of stored articles: the reports for quality, and the timings by kind of query. */
export interface QueryRun {
  reports: QueryReport[];
  /** Stored id of each report's query. */
  ids: number[];
  plantedMs: number[];
  randomMs: number[];
  /** Candidates the background aligned with (= listed matches, all outlets), per query. */
  listed: number[];
}

/** Only what quality needs crosses back from the page. */
const REDUCE = `(v) => v && { url: v.article.url, same: v.report.sameOutlet.length,
  matches: v.report.otherOutlets.map((m) => ({ url: m.url, outlet: m.outlet, passages: m.passages.map((p) => p.a) })) }`;

/** Stored positions for the random half of the queries: unplanted, spread over the store. */
export function randomPositions(corpus: Corpus, count: number): number[] {
  const planted = new Set(corpus.families.flatMap((f) => f.members.map((m) => m.index)));
  const rng = makeRng(seedOf(corpus.seed, 0x9e7));
  const picked = new Set<number>();
  while (picked.size < Math.min(count, corpus.size - planted.size)) {
    const i = rng.int(0, corpus.size - 1);
    if (!planted.has(i)) picked.add(i);
  }
  return [...picked];
}

/**
 * Asks the background for every planted republication and `randomCount` other stored
 * articles (`get-article`: load + match against the whole store), interleaved. Ids are the
 * import order (fresh profile); each reply's URL is checked against the corpus.
 */
export async function runQueries(
  driver: BenchDriver,
  corpus: Corpus,
  randomCount: number,
  warmup = 3,
): Promise<QueryRun> {
  const planted = corpus.families.flatMap((f) => f.members.map((m) => m.index));
  const random = randomPositions(corpus, randomCount);
  const order: { index: number; planted: boolean }[] = [];
  for (let i = 0; i < Math.max(planted.length, random.length); i++) {
    if (i < random.length) order.push({ index: random[i]!, planted: false });
    if (i < planted.length) order.push({ index: planted[i]!, planted: true });
  }
  const run: QueryRun = { reports: [], ids: [], plantedMs: [], randomMs: [], listed: [] };
  for (const [n, q] of order.entries()) {
    const article = corpus.articleAt(q.index);
    type Reply = { url: string; same: number; matches: QueryReport['matches'] } | null;
    const { ms, value } = await send<Reply>(
      driver,
      { kind: 'get-article', id: q.index + 1 },
      REDUCE,
    );
    if (!value || value.url !== article.url)
      throw new Error(`stored id ${q.index + 1} is not corpus article ${q.index}`);
    run.reports.push({ url: article.url, text: article.text, matches: value.matches });
    run.ids.push(q.index + 1);
    run.listed.push(value.matches.length + value.same);
    if (n >= warmup) (q.planted ? run.plantedMs : run.randomMs).push(ms);
  }
  return run;
}
