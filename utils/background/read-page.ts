import type { ExtractedArticle, ExtractionResult } from '../article';
import { fingerprintText } from '../engine/index';
import type { ArticleView } from '../match-result';
import type { WiretraceDb } from '../store/db';
import { describeStorageError } from '../store/describe-storage-error';
import { matchArticle } from '../store/match-article';
import { findByUrl, saveArticle, saveLinks } from '../store/save-article';
import { EMPTY_REPORT, type TabResult } from '../tab-result';

/** Why a read article was not stored, as the popup says it (beside "Save this article"). */
export const NOT_SAVED = {
  autoSaveOff: 'Auto-save is off: this article is not stored.',
  privateWindow:
    'Private window: compared with your saved articles, but not stored unless you save it.',
  deleted:
    'Deleted from your saved articles. With auto-save on, reading the page again saves it again.',
} as const;

/**
 * Turns what the content script read into the tab's result: matches it against the store
 * and, when `save` is true, stores it (else says why not with `notSaved`). A failed write
 * still yields the matches, with the storage error to show; nothing stored before is touched.
 */
export async function readPage(
  db: WiretraceDb,
  result: ExtractionResult,
  save: boolean,
  now: number,
  notSaved: string = NOT_SAVED.autoSaveOff,
): Promise<TabResult> {
  if (!result.ok) {
    return {
      status: result.reason,
      pageUrl: result.url,
      message: result.message,
      article: null,
      report: EMPTY_REPORT,
      storageError: null,
    };
  }
  return analyseArticle(db, result.article, save, now, notSaved);
}

/** Matches (and optionally stores) one extracted article. */
export async function analyseArticle(
  db: WiretraceDb,
  article: ExtractedArticle,
  save: boolean,
  now: number,
  notSaved: string = NOT_SAVED.autoSaveOff,
): Promise<TabResult> {
  const existing = await findByUrl(db, article.url);
  const report = await matchArticle(db, {
    ...article,
    id: existing?.id,
    firstSeen: existing?.firstSeen,
  });
  let view: ArticleView = {
    ...article,
    id: existing?.id ?? null,
    firstSeen: existing?.firstSeen ?? null,
  };
  let storageError: string | null = null;
  if (save) {
    try {
      const stored = await saveArticle(db, article, fingerprintText(article.text), now);
      await saveLinks(db, stored, report);
      view = { ...article, id: stored.id, firstSeen: stored.firstSeen };
    } catch (error) {
      storageError = describeStorageError(error);
    }
  }
  const saved = save && storageError === null;
  return {
    status: saved ? 'article' : 'unsaved',
    pageUrl: article.url,
    message: saved ? null : (storageError ?? notSaved),
    article: view,
    report,
    storageError,
  };
}
