import type { PageProtocolMap, PageReply, PageRequest } from '../protocol';
import { locateMarks } from './locate-marks';
import { positionAt, readPageText } from './page-text';
import { errorMessage } from '../error-message';

/**
 * Colours the page's highlights tell apart; `entrypoints/content/page-highlight.css` styles
 * `::highlight(wiretrace-shared-<i>)` for each, in the popup's outlet colours.
 */
export const HIGHLIGHT_COLOURS = 6;

/** The CSS highlight name for the i-th outlet listed. */
export function highlightName(outlet: number): string {
  return `wiretrace-shared-${outlet % HIGHLIGHT_COLOURS}`;
}

type HighlightRequest = PageRequest<'highlight-page'>;

// The CSS Custom Highlight API colours ranges without touching the page's DOM: no element is
// inserted, so the page's own scripts and layout are unaffected and nothing of ours can be
// mistaken for page content. Chrome 105+ and Firefox 140+ have it.
interface HighlightApi {
  /** A Highlight is a set of ranges: `size` counts them. */
  registry: Map<string, { size: number }>;
  make(ranges: Range[]): { size: number };
}

function highlightApi(): HighlightApi | null {
  const registry = (globalThis.CSS as { highlights?: HighlightApi['registry'] } | undefined)
    ?.highlights;
  const Make = (globalThis as { Highlight?: new (...ranges: Range[]) => { size: number } })
    .Highlight;
  return registry && Make ? { registry, make: (ranges) => new Make(...ranges) } : null;
}

/**
 * Highlights `request.marks` (ranges of the article's text) where their words are on the
 * page, and scrolls the first into view. The words themselves are the check that the page
 * still shows the article read (a site may have swapped it since): marks whose words are not
 * there are counted, never guessed. Throws with a reader's message when the browser has no
 * highlight API.
 */
export function highlightPage(
  doc: Document,
  request: HighlightRequest,
): PageProtocolMap['highlight-page']['response'] {
  const api = highlightApi();
  if (!api) throw new Error('This browser cannot highlight text on a page.');
  clearPageHighlights();
  const page = readPageText(doc.body ?? doc.documentElement);
  const { located, missing } = locateMarks(page.text, request.text, request.marks);
  const byName = new Map<string, Range[]>();
  let unplaced = 0;
  let first: { at: number; range: Range } | null = null;
  for (const mark of located) {
    const start = positionAt(page, mark.start, 'start');
    const end = positionAt(page, mark.end, 'end');
    if (!start || !end) {
      unplaced++;
      continue;
    }
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const name = highlightName(mark.outlet);
    const ranges = byName.get(name) ?? byName.set(name, []).get(name)!;
    ranges.push(range);
    if (!first || mark.start < first.at) first = { at: mark.start, range };
  }
  for (const [name, ranges] of byName) api.registry.set(name, api.make(ranges));
  first?.range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    behavior: 'smooth',
  });
  return { shown: located.length - unplaced, missing: missing + unplaced };
}

/** Removes every highlight Wiretrace put on the page. */
export function clearPageHighlights(): void {
  const api = highlightApi();
  for (let i = 0; i < HIGHLIGHT_COLOURS; i++) api?.registry.delete(highlightName(i));
}

/**
 * How many passages Wiretrace's highlights colour on the page now, counted in the registry
 * itself rather than remembered: whatever removed them since (a history-API navigation, the
 * page's own script clearing `CSS.highlights`) shows here as it is.
 */
export function pageHighlightsShown(): number {
  const api = highlightApi();
  let shown = 0;
  for (let i = 0; i < HIGHLIGHT_COLOURS; i++)
    shown += api?.registry.get(highlightName(i))?.size ?? 0;
  return shown;
}

/** The popup's requests about highlights on the page. */
type PageHighlightRequest = PageRequest<
  'highlight-page' | 'clear-page-highlights' | 'page-highlight-status'
>;

/** Answers a validated highlight request from the popup; failures become the reply's message. */
export function handlePageRequest(
  doc: Document,
  request: PageHighlightRequest,
): PageReply<PageHighlightRequest['kind']> {
  try {
    if (request.kind === 'clear-page-highlights') {
      clearPageHighlights();
      return { ok: true, value: null };
    }
    if (request.kind === 'page-highlight-status') {
      return { ok: true, value: { shown: pageHighlightsShown() } };
    }
    return { ok: true, value: highlightPage(doc, request) };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
