import { plural } from '../plural';

/** Where the popup's "Highlight on the page" stands. */
export type HighlightState =
  | { kind: 'idle' | 'busy' | 'cleared' }
  | { kind: 'shown'; shown: number; missing: number }
  | { kind: 'error'; message: string };

/** What the popup says about the page's highlights; '' while there is nothing to say. */
export function highlightMessage(state: HighlightState): string {
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
