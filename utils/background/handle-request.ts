import type { Reply, Request, RequestKind } from '../protocol';
import type { WiretraceDb } from '../store/db';
import { describeStorageError } from '../store/describe-storage-error';
import { deleteAllArticles, deleteArticle, deleteMatching } from '../store/delete-articles';
import { validateRecords } from '../export-file';
import { pickExtracted } from '../article';
import type { StoredArticle } from '../store/db';
import { readArticle } from '../store/article-record';
import { importArticles, recordTimes, type ImportRecord } from '../store/import-articles';
import { keepCutoff } from '../keep-period';
import { countReadBefore, forgetReadBefore, type ForgetProgress } from '../store/forget-old';
import { linkImported, type LinkProgress } from '../store/link-imported';
import { listArticles } from '../store/list-articles';
import { matchArticle } from '../store/match-article';
import { analyseArticle, NOT_SAVED, readPage } from './read-page';
import { finishArticle } from '../extract/finish-article';
import type { TabResults } from './tab-results';
import type { TabResult } from '../tab-result';

/** What the background needs from the browser, passed in so tests can use fakes. */
export interface BackgroundDeps {
  db: WiretraceDb;
  tabResults: TabResults;
  isAutoSaveOn(): Promise<boolean>;
  /** The reader's keep period in days (keep-period.ts), null for forever. */
  keepDays(): Promise<number | null>;
  /** Shows how many other outlets share text with the tab's article. */
  setBadge(tabId: number, outlets: number): Promise<void>;
  now(): number;
}

/** Who sent a request, as established by the entrypoint from the browser's sender info. */
export interface RequestOrigin {
  /** Tab of a content script; absent for the extension's own pages. */
  tabId?: number;
  /** The tab is in a private (incognito) window: what is read there is never stored unasked. */
  private?: boolean;
}

/** How long one 'link-imported' request may link for, ms: short enough not to hold up a page read. */
export const LINK_STEP_MS = 200;

/** How long one 'forget-old' request may delete for, ms (forget-old.ts). */
export const FORGET_STEP_MS = 500;

/**
 * How often reading pages also deletes what is past the keep period, ms: an article past it
 * by an hour more is no harm. The time lives in the worker, so a restarted MV3 worker looks
 * after its first page read; when nothing is past the period, looking is one empty index
 * read, after the page read's reply.
 */
export const FORGET_EVERY_MS = 60 * 60 * 1000;

/** Work the handler runs one at a time, whoever asks for it. */
interface Serial {
  linkStep(): Promise<LinkProgress>;
  forgetOld(): Promise<ForgetProgress>;
}

/** Builds the background's single request handler. */
export function createRequestHandler(deps: BackgroundDeps) {
  // Linking steps run one after another: two saved pages open at once would otherwise
  // match the same waiting articles twice. Forgetting, likewise, would delete twice.
  const linking = oneAtATime();
  const forgetting = oneAtATime();
  const work: Serial = {
    linkStep: () => linking(() => linkImported(deps.db, LINK_STEP_MS)),
    forgetOld: () =>
      forgetting(async () => {
        const cutoff = keepCutoff(await deps.keepDays(), deps.now());
        return cutoff === null
          ? { deleted: 0, more: false }
          : forgetReadBefore(deps.db, cutoff, FORGET_STEP_MS);
      }),
  };
  let lastForget = -Infinity;
  // After a page read, never before its result: the reader waits for that, not for this.
  const forgetNowAndThen = () => {
    if (deps.now() - lastForget < FORGET_EVERY_MS) return;
    lastForget = deps.now();
    work.forgetOld().catch((e) => console.warn('Wiretrace: forgetting old articles failed', e));
  };
  return async function handle(
    request: Request,
    origin: RequestOrigin,
  ): Promise<Reply<RequestKind>> {
    try {
      const value = await dispatch(deps, request, origin, work);
      if (request.kind === 'page-read') forgetNowAndThen();
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  };
}

async function dispatch(
  deps: BackgroundDeps,
  request: Request,
  origin: RequestOrigin,
  work: Serial,
) {
  const { db, tabResults } = deps;
  switch (request.kind) {
    case 'page-read': {
      if (origin.tabId === undefined) return null;
      // A private window's reading is compared with the store but never written to it
      // unasked: the store outlives the private session.
      const save = !origin.private && (await deps.isAutoSaveOn());
      const notSaved = origin.private ? NOT_SAVED.privateWindow : NOT_SAVED.autoSaveOff;
      // The text rules run here, where their code stays compiled, on what the page's content
      // script read (extract/finish-article.ts).
      const read = request.read;
      const result = read.ok ? finishArticle(read.scan) : read;
      await showInTab(deps, origin.tabId, await readPage(db, result, save, deps.now(), notSaved));
      return result.ok ? null : result.reason;
    }
    case 'get-tab-result':
      return tabResults.get(request.tabId);
    case 'save-tab': {
      const current = await tabResults.get(request.tabId);
      if (!current?.article) return current;
      const result = await analyseArticle(db, current.article, true, deps.now());
      return showInTab(deps, request.tabId, result);
    }
    case 'unsave-tab': {
      const current = await tabResults.get(request.tabId);
      if (current?.article?.id == null) return current;
      await deleteArticle(db, current.article.id);
      // Compared again without it: what it shared is still shown, from the others' side.
      const article = pickExtracted(current.article);
      const result = await analyseArticle(db, article, false, deps.now(), NOT_SAVED.deleted);
      return showInTab(deps, request.tabId, result);
    }
    case 'list-articles':
      return listArticles(db, request.query, request.offset, request.limit, request.order);
    case 'get-article': {
      const record = await db.articles.get(request.id);
      if (!record) return null;
      const article = readArticle(record);
      const report = await matchArticle(db, article);
      return { article, report };
    }
    case 'delete-article':
      await deleteArticle(db, request.id);
      return null;
    case 'delete-all':
      await deleteAllArticles(db);
      return null;
    case 'delete-matching':
      return { deleted: await deleteMatching(db, request.query) };
    case 'analyse':
      return analyseArticle(db, request.article, request.save, deps.now());
    case 'import-articles': {
      const { records, invalid } = validateRecords(request.articles);
      // What the keep period would delete at once is not stored in the first place.
      const cutoff = keepCutoff(await deps.keepDays(), deps.now()) ?? -Infinity;
      const kept = records.filter((r) => recordTimes(r, deps.now()).lastSeen >= cutoff);
      const imported = await importArticles(db, kept, deps.now());
      const tooOld = records.length - kept.length;
      return { imported, skipped: invalid + kept.length - imported, tooOld };
    }
    case 'link-imported':
      return work.linkStep();
    case 'forget-old':
      return work.forgetOld();
    case 'count-read-before':
      return { count: await countReadBefore(db, keepCutoff(request.days, deps.now())!) };
    case 'export-articles': {
      const [articles, total] = await Promise.all([
        db.articles.orderBy('firstSeen').offset(request.offset).limit(request.limit).toArray(),
        db.articles.count(),
      ]);
      return { articles: articles.map(readArticle).map(toExportRecord), total };
    }
  }
}

/** Keeps `result` for the popup of tab `tabId` and badges the tab with its outlet count. */
async function showInTab(deps: BackgroundDeps, tabId: number, result: TabResult) {
  await deps.tabResults.set(tabId, result);
  await deps.setBadge(tabId, countOutlets(result.report.otherOutlets));
  return result;
}

/** Runs the work given to it one after another, each once the one before has settled. */
function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work);
    last = next.catch(() => {});
    return next;
  };
}

function countOutlets(matches: readonly { outlet: string }[]): number {
  return new Set(matches.map((m) => m.outlet)).size;
}

function toExportRecord(a: StoredArticle): ImportRecord {
  return { ...pickExtracted(a), firstSeen: a.firstSeen, lastSeen: a.lastSeen };
}
