import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { outletColor } from '../../../components/outlet-colors';
import type { ArticleMatch } from '../../../utils/match-result';
import { highlightMessage } from '../../../utils/page-highlight/highlight-message';
import { pageMarks } from '../../../utils/page-highlight/page-marks';
import {
  HIGHLIGHT_COLOURS,
  handlePageRequest,
  highlightName,
} from '../../../utils/page-highlight/show-on-page';
import { LIMITS, validatePageRequest } from '../../../utils/validate-request';

const CSS_FILE = new URL('../../../entrypoints/content/page-highlight.css', import.meta.url);

describe('page highlight colours', () => {
  it("are the popup's outlet colours, one CSS rule per colour, in the same order", () => {
    const css = readFileSync(CSS_FILE, 'utf8');
    for (let i = 0; i < HIGHLIGHT_COLOURS; i++) {
      const rule = new RegExp(
        `::highlight\\(${highlightName(i)}\\)\\s*{[^}]*background-color:\\s*([^;]+);`,
      );
      expect(css.match(rule)?.[1]).toBe(outletColor(i));
    }
    // The palette repeats after as many colours as the page has names for.
    expect(outletColor(HIGHLIGHT_COLOURS)).toBe(outletColor(0));
    expect(highlightName(HIGHLIGHT_COLOURS + 2)).toBe(highlightName(2));
  });
});

describe('pageMarks', () => {
  it('marks each stretch shared with another outlet once, coloured by the first outlet listed', () => {
    const match = (ranges: [number, number][]) =>
      ({
        passages: ranges.map(([start, end]) => ({ a: { start, end }, b: { start, end } })),
      }) as ArticleMatch;
    expect(
      pageMarks(100, [
        match([
          [0, 10],
          [40, 50],
        ]),
        match([[5, 20]]),
      ]),
    ).toEqual([
      { start: 0, end: 5, outlet: 0 },
      { start: 5, end: 10, outlet: 0 },
      { start: 10, end: 20, outlet: 1 },
      { start: 40, end: 50, outlet: 0 },
    ]);
    expect(pageMarks(100, [])).toEqual([]);
  });
});

describe('validatePageRequest', () => {
  const text = 'The ferry sails again.';
  it('accepts a highlight request with marks inside the text, keeping only known fields', () => {
    expect(
      validatePageRequest({
        kind: 'highlight-page',
        text,
        marks: [{ start: 4, end: 9, outlet: 1, x: 1 }],
        extra: 2,
      }),
    ).toEqual({ kind: 'highlight-page', text, marks: [{ start: 4, end: 9, outlet: 1 }] });
    expect(validatePageRequest({ kind: 'clear-page-highlights', x: 1 })).toEqual({
      kind: 'clear-page-highlights',
    });
    expect(validatePageRequest({ kind: 'page-highlight-status', text })).toEqual({
      kind: 'page-highlight-status',
    });
    expect(validatePageRequest({ kind: 'read-page-anyway', anyway: 'html' })).toEqual({
      kind: 'read-page-anyway',
    });
  });

  it.each([
    ['no text', { kind: 'highlight-page', marks: [] }],
    ['marks not a list', { kind: 'highlight-page', text, marks: {} }],
    [
      'a mark past the text',
      { kind: 'highlight-page', text, marks: [{ start: 4, end: 99, outlet: 0 }] },
    ],
    ['an empty mark', { kind: 'highlight-page', text, marks: [{ start: 4, end: 4, outlet: 0 }] }],
    [
      'a negative start',
      { kind: 'highlight-page', text, marks: [{ start: -1, end: 4, outlet: 0 }] },
    ],
    [
      'a fractional outlet',
      { kind: 'highlight-page', text, marks: [{ start: 0, end: 4, outlet: 0.5 }] },
    ],
    [
      'too many marks',
      {
        kind: 'highlight-page',
        text,
        marks: Array(LIMITS.pageMarks + 1).fill({ start: 0, end: 1, outlet: 0 }),
      },
    ],
    ['a background request', { kind: 'delete-all' }],
    ['not an object', 'highlight-page'],
  ])('refuses %s', (_name, message) => {
    expect(typeof validatePageRequest(message)).toBe('string');
  });
});

describe('handlePageRequest', () => {
  const g = globalThis as { CSS?: unknown; Highlight?: unknown };
  afterEach(() => {
    delete g.CSS;
    delete g.Highlight;
  });
  const { document } = parseHTML(
    '<!doctype html><html><body><p>The ferry sails again.</p></body></html>',
  );

  it('says so when the browser cannot highlight, instead of failing silently', () => {
    expect(
      handlePageRequest(document as unknown as Document, {
        kind: 'highlight-page',
        text: 'The ferry sails again.',
        marks: [{ start: 4, end: 9, outlet: 0 }],
      }),
    ).toEqual({ ok: false, error: 'This browser cannot highlight text on a page.' });
  });

  it("removes Wiretrace's highlights and no one else's", () => {
    const highlights = new Map<string, unknown>([
      [highlightName(0), {}],
      [highlightName(5), {}],
      ['the-page-own', {}],
    ]);
    g.CSS = { highlights };
    g.Highlight = class {};
    expect(
      handlePageRequest(document as unknown as Document, { kind: 'clear-page-highlights' }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect([...highlights.keys()]).toEqual(['the-page-own']);
  });

  it("counts the passages Wiretrace's highlights colour now, and no one else's", () => {
    const highlights = new Map<string, { size: number }>([
      [highlightName(0), { size: 3 }],
      [highlightName(4), { size: 2 }],
      ['the-page-own', { size: 40 }],
    ]);
    g.CSS = { highlights };
    g.Highlight = class {};
    const status = () =>
      handlePageRequest(document as unknown as Document, { kind: 'page-highlight-status' });
    expect(status()).toEqual({ ok: true, value: { shown: 5 } });
    handlePageRequest(document as unknown as Document, { kind: 'clear-page-highlights' });
    expect(status()).toEqual({ ok: true, value: { shown: 0 } });
  });

  it('reports none where the browser has no highlight API', () => {
    expect(
      handlePageRequest(document as unknown as Document, { kind: 'page-highlight-status' }),
    ).toEqual({ ok: true, value: { shown: 0 } });
  });
});

describe('highlightMessage', () => {
  it('says how many passages went on the page, and why any did not', () => {
    expect(highlightMessage({ kind: 'idle' })).toBe('');
    expect(highlightMessage({ kind: 'shown', shown: 1, missing: 0 })).toBe(
      'Highlighted 1 passage on the page.',
    );
    expect(highlightMessage({ kind: 'shown', shown: 1200, missing: 0 })).toBe(
      'Highlighted 1,200 passages on the page.',
    );
    expect(highlightMessage({ kind: 'shown', shown: 7, missing: 2 })).toBe(
      'Highlighted 7 of 9 passages on the page; the page does not show the others in its text.',
    );
    expect(highlightMessage({ kind: 'shown', shown: 0, missing: 9 })).toBe(
      'The page does not show the shared passages in its text now.',
    );
    expect(highlightMessage({ kind: 'error', message: 'Reload it.' })).toBe('Reload it.');
    expect(highlightMessage({ kind: 'cleared' })).toBe('Highlights removed.');
  });
});
