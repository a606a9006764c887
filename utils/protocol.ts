import type { ExtractedArticle, ExtractionFailure, ScanResult } from './article';
import type { MatchReport } from './match-result';
import type { ArticlePage, ListOrder } from './store/list-articles';
import type { TabResult } from './tab-result';
import type { ArticleView } from './match-result';
import type { ForgetProgress } from './store/forget-old';
import type { ImportRecord } from './store/import-articles';
import type { PageMark } from './page-highlight/locate-marks';

/**
 * The one message protocol between Wiretrace's contexts. Each request kind maps to the
 * response type the background answers with.
 */
export interface ProtocolMap {
  /**
   * Content script → background: the page was read. The answer is why the background did not
   * take it as an article (too little text, say), null when it did.
   */
  'page-read': { request: { read: ScanResult }; response: ExtractionFailure | null };
  /** Popup → background. */
  'get-tab-result': { request: { tabId: number }; response: TabResult | null };
  'save-tab': { request: { tabId: number }; response: TabResult | null };
  /** Deletes the tab's article from the store; the tab keeps it, compared and unsaved. */
  'unsave-tab': { request: { tabId: number }; response: TabResult | null };
  /** Saved-article page → background. */
  'list-articles': {
    request: { query: string; offset: number; limit: number; order?: ListOrder };
    response: ArticlePage;
  };
  'get-article': {
    request: { id: number };
    response: { article: ArticleView; report: MatchReport } | null;
  };
  'delete-article': { request: { id: number }; response: null };
  'delete-all': { request: Record<never, never>; response: null };
  /** Deletes what a (non-empty) search of the saved page finds. */
  'delete-matching': { request: { query: string }; response: { deleted: number } };
  /** "Check a text" on the saved page: the page-read path for text that has no tab. */
  analyse: { request: { article: ExtractedArticle; save: boolean }; response: TabResult };
  /** Import file or bulk fill, in batches; each record is validated by the background. */
  'import-articles': {
    request: { articles: unknown[] };
    /** `tooOld`: records last read before the keep period, left out. */
    response: { imported: number; skipped: number; tooOld: number };
  };
  /**
   * Compares some imported articles with the store (a step of at most a fraction of a
   * second), so the saved page can show which outlets share their text.
   */
  'link-imported': {
    request: Record<never, never>;
    response: { linked: number; remaining: number };
  };
  /**
   * Deletes articles last read longer ago than the reader's keep period (keep-period.ts), for
   * a fraction of a second; the background also runs a step after a page read, at most hourly.
   */
  'forget-old': { request: Record<never, never>; response: ForgetProgress };
  /** How many articles a keep period of `days` would delete now: the saved page asks first. */
  'count-read-before': { request: { days: number }; response: { count: number } };
  /** One page of the export file, oldest first. */
  'export-articles': {
    request: { offset: number; limit: number };
    response: { articles: ImportRecord[]; total: number };
  };
}

export type RequestKind = keyof ProtocolMap;

/** A map of request kinds to what each carries and what its answer holds. */
type Exchanges<M> = { [K in keyof M]: { request: object; response: unknown } };

/** A request of map `M` on the wire: its kind and its fields. */
type WireRequest<M extends Exchanges<M>, K extends keyof M> = K extends keyof M
  ? { kind: K } & M[K]['request']
  : never;

/** Every answer is wrapped so failures (a full disk, say) reach the sender as a message. */
type WireReply<M extends Exchanges<M>, K extends keyof M> =
  { ok: true; value: M[K]['response'] } | { ok: false; error: string };

/** A request to the background on the wire. */
export type Request<K extends RequestKind = RequestKind> = WireRequest<ProtocolMap, K>;
export type Reply<K extends RequestKind> = WireReply<ProtocolMap, K>;

/** Kinds only a content script (a message with a sender tab) may send. */
export const CONTENT_KINDS: readonly RequestKind[] = ['page-read'];

/**
 * Popup → the tab's content script (`tabs.sendMessage`): the same protocol's other direction,
 * on the same wire format.
 */
export interface PageProtocolMap {
  /**
   * Highlights the popup's shared passages on the page itself. `marks` index `text`, the
   * article as extracted from the page.
   */
  'highlight-page': {
    request: { text: string; marks: PageMark[] };
    /** `shown`: marks placed on the page; `missing`: marks whose words it does not hold. */
    response: { shown: number; missing: number };
  };
  'clear-page-highlights': { request: Record<never, never>; response: null };
  /**
   * How many passages Wiretrace's highlights colour on the page now: a popup opened again
   * offers "Remove highlights" for what an earlier one put there.
   */
  'page-highlight-status': { request: Record<never, never>; response: { shown: number } };
  /**
   * The reader asks for the page to be read again as an article ("Read it anyway / again"):
   * the content script extracts it without the article test and the page-size guard, sends
   * the background a page read, then answers.
   */
  'read-page-anyway': { request: Record<never, never>; response: null };
}

export type PageRequestKind = keyof PageProtocolMap;

/** A request to a content script on the wire. */
export type PageRequest<K extends PageRequestKind = PageRequestKind> = WireRequest<
  PageProtocolMap,
  K
>;
export type PageReply<K extends PageRequestKind> = WireReply<PageProtocolMap, K>;
