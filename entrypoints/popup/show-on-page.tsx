import { useState } from 'preact/hooks';
import type { ArticleMatch } from '../../utils/match-result';
import { pageMarks } from '../../utils/page-highlight/page-marks';
import { plural } from '../../utils/plural';
import { sendToPage } from '../../utils/send-request';

interface ShowOnPageProps {
  tabId: number;
  /** The article's text as extracted from the tab's page. */
  text: string;
  /** Other-outlet matches in list order (their colours). */
  matches: readonly ArticleMatch[];
}

type State =
  | { kind: 'idle' | 'busy' | 'cleared' }
  | { kind: 'shown'; shown: number; missing: number }
  | { kind: 'error'; message: string };

/**
 * "Highlight on the page": the shared passages the popup marks, coloured the same way on the
 * article in the tab itself, where the reader is reading it.
 */
export function ShowOnPage({ tabId, text, matches }: ShowOnPageProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fail = (e: unknown) =>
    setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
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
      <span role="status">{describe(state)}</span>
    </div>
  );
}

function describe(state: State): string {
  switch (state.kind) {
    case 'idle':
    case 'busy':
      return '';
    case 'cleared':
      return 'Highlights removed.';
    case 'error':
      return state.message;
    case 'shown': {
      const { shown, missing } = state;
      if (shown === 0) return 'The page does not show the shared passages in its text now.';
      if (missing === 0) return `Highlighted ${plural(shown, 'passage')} on the page.`;
      return `Highlighted ${shown.toLocaleString()} of ${plural(shown + missing, 'passage')} on the page; the page does not show the others in its text.`;
    }
  }
}
