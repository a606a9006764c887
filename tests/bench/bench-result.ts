import type { QualityScore } from './quality/score-quality.ts';
import type { Summary } from './stats.ts';
import type { RetrievalProfile } from './profile/retrieval-profile.ts';
import type { LayoutCost } from './profile/write-profile.ts';
import type { VariantCost } from './profile/retrieval-variants.ts';
import type { ForgetTimes } from './phases/forget.ts';
import type { SavedPageTimes } from './phases/saved-page.ts';

/** The one JSON object `--json` prints; the fields first, then the detail behind them. */
export interface BenchResult {
  browser: 'chromium' | 'firefox';
  articles: number;
  fillPerSecond: number;
  ingestMs: Summary;
  matchMs: Summary;
  coldStartMs: number | null;
  bytesPerArticle: number;
  heapMB: number | null;
  plantedPairs: QualityScore;
  detail: {
    seed: number;
    corpus: 'helsinki' | 'fallback';
    meanWords: number;
    fillWallPerSecond: number;
    fillSeconds: number;
    /** Extension-side fill rate over each tenth of the fill. */
    fillPerSecondByTenth: number[];
    /** Articles per import message, and import messages pending at once. */
    fillBatch: number;
    fillInFlight: number;
    matchPlantedMs: Summary;
    matchRandomMs: Summary;
    /** Matches listed per query (all outlets): how much alignment work a match does. */
    listedPerQuery: Summary;
    /** Match of a new (unstored) article and full page-read cost, via `analyse`, when the build has it. */
    matchNewMs: Summary | null;
    pageReadMs: Summary | null;
    /** Match of a new 120-word brief sharing no text, related-story lookup included. */
    matchBriefMs: Summary | null;
    /** The saved-article page's requests with the store full: opening, searching, a row's report. */
    savedPage: SavedPageTimes;
    /** Forgetting 1,000 articles past the keep period with the store full; null for older builds. */
    forget: ForgetTimes | null;
    coldStartRunsMs: number[];
    coldStartNote: string;
    heapNote: string;
    storageUsageBefore: number;
    storageUsageAfter: number;
    /** The extension's IndexedDB folder on disk divided by stored articles, when known. */
    idbBytesPerArticle: number | null;
    /** Retrieval replayed on the same database from the page: where match time goes. */
    profile: RetrievalProfile;
    /** Retrieval alternatives replayed on the same database (see profile/retrieval-variants.ts). */
    retrievalVariants: VariantCost[];
    /** --write-profile: pure IndexedDB write cost of store layouts, or null. */
    writeProfile: LayoutCost[] | null;
    /** Commit of the measured tree ('+': uncommitted changes). */
    commit: string;
    phaseSeconds: Record<string, number>;
  };
}

/** The targets for N = 100,000 in Chromium, checked here for every run. */
export function targetChecks(r: BenchResult): Record<string, boolean | null> {
  return {
    'match median ≤ 50 ms': r.matchMs.median <= 50,
    'match p95 ≤ 150 ms': r.matchMs.p95 <= 150,
    'ingest median ≤ 30 ms': r.ingestMs.median <= 30,
    'bulk fill ≥ 1,000 articles/s': r.fillPerSecond >= 1000,
    'cold start ≤ 500 ms': r.coldStartMs === null ? null : r.coldStartMs <= 500,
    '≤ 8 KB per article': r.bytesPerArticle <= 8192,
    'planted recall ≥ 0.98': r.plantedPairs.recall >= 0.98,
    'planted precision ≥ 0.98': r.plantedPairs.precision >= 0.98,
  };
}
