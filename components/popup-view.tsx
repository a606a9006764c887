import type { ComponentChildren } from 'preact';
import type { CompareFrom } from '../utils/compare-link';
import type { TabResult } from '../utils/tab-result';
import { ArticleReport } from './article-report';
import { StatusNotice } from './status-notice';

interface PopupViewProps {
  /** undefined while loading; null when Wiretrace has no result for the tab. */
  result: TabResult | null | undefined;
  error: string | null;
  onSave(): void;
  /** Deletes the stored article; the popup then shows it unsaved, "Save this article" again. */
  onDelete(): void;
  /** A save or a delete is under way. */
  saving: boolean;
  /** Controls for the article in the tab, shown under the outlets sharing its text. */
  pageActions?: ComponentChildren;
  /** Where "Side by side" finds the article when it is not saved; none in a private window. */
  unsavedFrom?: CompareFrom | null;
  /** Shown under a page not read as an article: the popup's "Read it anyway / again". */
  readAgain?: ComponentChildren;
}

/** The heading of each page not read as an article (its message says why). */
const NOT_READ_TITLE = {
  'not-article': 'Not an article',
  'too-short': 'Too little text to compare',
  'too-long': 'Too much text to compare',
  'too-large': 'Page too large to read by itself',
  error: 'Could not read this page',
} as const;

/** What the toolbar popup shows for one tab, in every state. */
export function PopupView({
  result,
  error,
  onSave,
  onDelete,
  saving,
  pageActions,
  unsavedFrom,
  readAgain,
}: PopupViewProps) {
  if (error) return <StatusNotice title="Something went wrong">{error}</StatusNotice>;
  if (result === undefined) return <p class="muted">Loading…</p>;
  if (result === null) {
    return (
      <StatusNotice title="Nothing read on this page yet">
        Wiretrace reads news articles on web pages once they have loaded. Reload the page if it was
        open before Wiretrace was installed.
      </StatusNotice>
    );
  }
  switch (result.status) {
    case 'not-article':
    case 'too-short':
    case 'too-long':
    case 'too-large':
    case 'error':
      return (
        <>
          <StatusNotice title={NOT_READ_TITLE[result.status]}>{result.message}</StatusNotice>
          {readAgain}
        </>
      );
    case 'paused':
      return (
        <StatusNotice title="Paused on this site">
          {result.message} To read it again, resume below and reload the page.
        </StatusNotice>
      );
    case 'unsaved':
    case 'article':
      return (
        <>
          {result.status === 'unsaved' ? (
            <div class="notice save-offer" data-notice="unsaved">
              <span>{result.message ?? 'This article is not stored.'}</span>
              <button type="button" onClick={onSave} disabled={saving}>
                {saving ? 'Saving…' : 'Save this article'}
              </button>
            </div>
          ) : null}
          {result.status === 'article' && result.article?.id != null ? (
            // Says what is kept, and undoes it: everything stays on the device.
            <p class="saved-line muted" data-notice="saved">
              Saved on this device ·{' '}
              <button
                type="button"
                class="link"
                onClick={onDelete}
                disabled={saving}
                data-delete-saved
              >
                {saving ? 'Deleting…' : 'Delete from saved articles'}
              </button>
            </p>
          ) : null}
          {result.article ? (
            <ArticleReport
              article={result.article}
              report={result.report}
              compareTarget="_blank"
              unsavedFrom={unsavedFrom}
              actions={pageActions}
            />
          ) : null}
        </>
      );
  }
}
