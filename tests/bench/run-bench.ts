import { spawnSync } from 'node:child_process';
import { lookupPrints } from '../../utils/engine/index';
import { REPO_ROOT } from '../e2e/build-extension.ts';
import type { BenchResult } from './bench-result.ts';
import type { BenchOptions } from './cli-options.ts';
import type { BenchDriver } from './driver/bench-driver.ts';
import { createCorpus } from './generator/corpus.ts';
import { timeColdStart } from './phases/cold-start.ts';
import { timeForget } from './phases/forget.ts';
import { fillStore } from './phases/fill.ts';
import { timeAnalyse, timeIngest } from './phases/ingest.ts';
import { runQueries } from './phases/queries.ts';
import { timeSavedPage } from './phases/saved-page.ts';
import { storageUsage } from './phases/storage.ts';
import { profileRetrieval } from './profile/retrieval-profile.ts';
import { profileWrites } from './profile/write-profile.ts';
import { replayVariants } from './profile/retrieval-variants.ts';
import { scoreQuality } from './quality/score-quality.ts';
import { summarize } from './stats.ts';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The commit the run measured (a trailing + when the tree had changes). */
function gitCommit(): string {
  const run = (args: string[]) =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  return (
    run(['rev-parse', '--short', 'HEAD']) +
    (run(['status', '--porcelain', '--untracked-files=no']) ? '+' : '')
  );
}

/** Articles the forget phase imports as read in 2020 and then forgets (phases/forget.ts). */
const FORGET_ARTICLES = 2000;

/** Runs every phase against a launched browser, in order, timing each phase. */
async function measure(o: BenchOptions, driver: BenchDriver, log: (s: string) => void) {
  const phaseSeconds: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    log(`${name}…`);
    const value = await f();
    phaseSeconds[name] = round((performance.now() - t) / 1000);
    return value;
  };
  const corpus = await timed('corpus', async () =>
    createCorpus({ seed: o.seed, size: o.articles }),
  );
  const firstArticles = () =>
    Array.from({ length: Math.min(1000, o.articles) }, (_, i) => corpus.articleAt(i));
  const before = await storageUsage(driver);
  const fill = await timed('fill', () => fillStore(driver, corpus, o.batch, o.inFlight, log));
  if (fill.imported !== o.articles)
    throw new Error(`stored ${fill.imported} of ${o.articles} articles`);
  await new Promise((r) => setTimeout(r, 2000)); // let the store flush before measuring disk
  const after = await storageUsage(driver);
  const idbBytes = await driver.idbBytesOnDisk();
  const queries = await timed('match', () => runQueries(driver, corpus, o.samples));
  const ingest = await timed('ingest', () => timeIngest(driver, corpus, o.samples, 0));
  const analyse = await timed('analyse', () => timeAnalyse(driver, corpus, o.samples, 10_000));
  const savedPage = await timed('saved page', () => timeSavedPage(driver, corpus, 5));
  // Now, while the worker is warm from matching: Chromium stops an MV3 worker idle for 30 s,
  // and the replays below talk to IndexedDB from the page, not to the worker.
  const heap = await driver.heapMB();
  // Ids are the import order (fresh profile): id i + 1 holds the corpus article at i.
  const lookups = Object.fromEntries(
    queries.ids.map((id) => [id, lookupPrints(corpus.articleAt(id - 1).text)]),
  );
  const profileIds = queries.ids.filter((_, i) => i % 5 === 0);
  const profile = await timed('profile', () => profileRetrieval(driver, profileIds, lookups));
  const familyOf = Object.fromEntries(
    corpus.families.flatMap((f) => f.members.map((m) => [m.index + 1, f.id])),
  );
  const variants = await timed('retrieval variants', () =>
    replayVariants(driver, profileIds, familyOf, lookups),
  );
  const plantedIds = corpus.families.flatMap((f) => f.members.map((m) => m.index + 1));
  const cold = await timed('cold start', () => timeColdStart(driver, plantedIds));
  const forget = await timed('forget', () => timeForget(driver, corpus, FORGET_ARTICLES, o.batch));
  // Last: scratch databases leave LevelDB space behind that storage.estimate() keeps counting.
  const writes = o.writeProfile
    ? await timed('write profile', () => profileWrites(driver, firstArticles()))
    : null;
  return {
    corpus,
    writes,
    before,
    fill,
    after,
    idbBytes,
    queries,
    ingest,
    analyse,
    savedPage,
    profile,
    variants,
    heap,
    cold,
    forget,
    phaseSeconds,
  };
}

/** Runs the benchmark and gathers the figures into the result the issue asks for. */
export async function runBench(
  o: BenchOptions,
  driver: BenchDriver,
  log: (s: string) => void,
): Promise<BenchResult> {
  const m = await measure(o, driver, log);
  const { queries, fill, analyse, cold, heap } = m;
  return {
    browser: o.browser,
    articles: o.articles,
    fillPerSecond: Math.round(o.articles / fill.requestSeconds),
    ingestMs: summarize(m.ingest),
    matchMs: summarize([...queries.plantedMs, ...queries.randomMs]),
    coldStartMs: cold.times.length ? summarize(cold.times).median : null,
    bytesPerArticle: Math.round((m.after - m.before) / o.articles),
    heapMB: heap.value === null ? null : round(heap.value),
    plantedPairs: scoreQuality(m.corpus.families, queries.reports),
    detail: {
      seed: o.seed,
      corpus: m.corpus.source,
      commit: o.extension
        ? `experiment ${o.extension}`
        : o.head
          ? gitCommit().replace(/\+$/, '') + ' (HEAD build)'
          : gitCommit(),
      meanWords: round(fill.meanWords),
      fillWallPerSecond: Math.round(o.articles / fill.wallSeconds),
      fillSeconds: round(fill.wallSeconds),
      fillPerSecondByTenth: fill.perSecondByTenth,
      fillBatch: o.batch,
      fillInFlight: o.inFlight,
      matchPlantedMs: summarize(queries.plantedMs),
      matchRandomMs: summarize(queries.randomMs),
      listedPerQuery: summarize(queries.listed),
      matchNewMs: analyse ? summarize(analyse.matchNew) : null,
      pageReadMs: analyse ? summarize(analyse.pageRead) : null,
      matchBriefMs: analyse ? summarize(analyse.matchBrief) : null,
      savedPage: m.savedPage,
      forget: m.forget,
      coldStartRunsMs: cold.times.map((t) => round(t)),
      coldStartNote: cold.note,
      heapNote: heap.note,
      storageUsageBefore: m.before,
      storageUsageAfter: m.after,
      idbBytesPerArticle: m.idbBytes === null ? null : Math.round(m.idbBytes / o.articles),
      profile: m.profile,
      writeProfile: m.writes,
      retrievalVariants: m.variants,
      phaseSeconds: m.phaseSeconds,
    },
  };
}
