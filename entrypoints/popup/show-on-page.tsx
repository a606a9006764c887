import { useEffect, useState } from 'preact/hooks';
import type { ArticleMatch } from '../../utils/match-result';
import { pageMarks } from '../../utils/page-highlight/page-marks';
import {
  highlightMessage,
  type HighlightState,
} from '../../utils/page-highlight/highlight-message';
import { sendToPage } from '../../utils/send-request';
import { errorMessage } from '../../utils/error-message';

interface ShowOnPageProps {
  tabId: number;
  /** The article's text as extracted from the tab's page. */
  text: string;
  /** Other-outlet matches in list order (their colours). */
  matches: readonly ArticleMatch[];
}

/**
 * "Highlight on the page": the shared passages the popup marks, coloured the same way on the
 * article in the tab itself, where the reader is reading it.
 */
export function ShowOnPage({ tabId, text, matches }: ShowOnPageProps) {
  const [state, setState] = useState<HighlightState>({ kind: 'idle' });
  // Highlights outlive the popup that made them: a popup opened again offers to remove them.
  // A tab without our content script has none, so a failed query leaves the button as it is.
  useEffect(() => {
    sendToPage(tabId, 'page-highlight-status', {})
      .then(({ shown }) => {
        if (shown > 0)
          setState((s) => (s.kind === 'idle' ? { kind: 'shown', shown, missing: 0 } : s));
      })
      .catch(() => undefined);
  }, [tabId]);
  const fail = (e: unknown) => setState({ kind: 'error', message: errorMessage(e) });
  const show = () => {
    setState({ kind: 'busy' });
    const marks = pageMarks(text.length, matches);
    sendToPage(tabId, 'highlight-page', { text, marks })
      .then((r) => setState({ kind: 'shown', ...r }))
      .catch(fail);
  };
  const clear = () => {
    sendToPage(tabId, 'clear-page-highlights', {})
      .then(() => setState({ kind: 'cleared' }))
      .catch(fail);
  };
  return (
    <div class="page-highlight" data-page-highlight={state.kind}>
      <button type="button" onClick={show} disabled={state.kind === 'busy'}>
        Highlight on the page
      </button>
      {state.kind === 'shown' && state.shown > 0 ? (
        <button type="button" class="link" data-clear-highlights onClick={clear}>
          Remove highlights
        </button>
      ) : null}
      <span role="status">{highlightMessage(state)}</span>
    </div>
  );
}
