import type { ExtractionFailure } from './article';
import type { ArticleView, MatchReport } from './match-result';

/** What the popup shows for a tab; `data-status` on the popup's root carries `status`. */
export type TabStatus = 'article' | 'unsaved' | ExtractionFailure;

/** The result kept per tab, computed when the page is read so the popup opens instantly. */
export interface TabResult {
  status: TabStatus;
  /** Page URL the result belongs to. */
  pageUrl: string;
  /** Human explanation for every status but 'article'. */
  message: string | null;
  /** Present for 'article' and 'unsaved'. */
  article: ArticleView | null;
  report: MatchReport;
  /** Set when the article could not be stored (quota, disk full): shown, never swallowed. */
  storageError: string | null;
}

export const EMPTY_REPORT: MatchReport = {
  otherOutlets: [],
  chanceOverlaps: [],
  sameOutlet: [],
  origin: null,
  onlyHere: [],
  related: null,
};
