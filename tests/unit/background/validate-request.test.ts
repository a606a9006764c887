import { describe, expect, it } from 'vitest';
import { senderOrigin } from '../../../utils/background/sender-origin';
import { LIMITS, validateRequest } from '../../../utils/validate-request';
import { makeArticle, scanOf } from '../make-article';

const article = makeArticle({ url: 'https://news.test/a' });
const scan = scanOf(makeArticle({ url: 'https://news.test/a', byline: 'By Jane Roe' }));

describe('validateRequest', () => {
  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an unknown kind', { kind: 'drop-tables' }],
    ['a negative tab id', { kind: 'get-tab-result', tabId: -1 }],
    ["deleting a tab's article with no tab id", { kind: 'unsave-tab', id: 3 }],
    ['a fractional id', { kind: 'delete-article', id: 1.5 }],
    [
      'a page scan without blocks',
      { kind: 'page-read', read: { ok: true, scan: { ...scan, blocks: undefined } } },
    ],
    [
      'a javascript: URL',
      { kind: 'page-read', read: { ok: true, scan: { ...scan, url: 'javascript:alert(1)' } } },
    ],
    [
      'oversized text in one block',
      {
        kind: 'page-read',
        read: { ok: true, scan: { ...scan, blocks: ['x'.repeat(LIMITS.textChars + 1)] } },
      },
    ],
    [
      'oversized text over several blocks',
      {
        kind: 'page-read',
        read: {
          ok: true,
          scan: {
            ...scan,
            blocks: ['x'.repeat(LIMITS.textChars / 2 + 1), 'y'.repeat(LIMITS.textChars / 2)],
          },
        },
      },
    ],
    [
      'numbers as blocks',
      { kind: 'page-read', read: { ok: true, scan: { ...scan, blocks: [1, 2] } } },
    ],
    [
      'too many byline candidates',
      {
        kind: 'page-read',
        read: { ok: true, scan: { ...scan, bylines: Array(LIMITS.names + 1).fill('A') } },
      },
    ],
    [
      'a paywall flag that is not a boolean',
      { kind: 'page-read', read: { ok: true, scan: { ...scan, paywalled: 'no' } } },
    ],
    [
      'a page read carrying an article instead of a scan',
      { kind: 'page-read', read: { ok: true, article } },
    ],
    [
      'an article without text',
      { kind: 'analyse', article: { ...article, text: undefined }, save: false },
    ],
    [
      'numbers as paragraphs',
      { kind: 'analyse', article: { ...article, paragraphs: [1, 2] }, save: false },
    ],
    [
      'an unknown failure reason',
      { kind: 'page-read', read: { ok: false, reason: 'boom', message: 'x', url: 'u' } },
    ],
    ['a non-string query', { kind: 'list-articles', query: {}, offset: 0, limit: 10 }],
    [
      'an unknown list order',
      { kind: 'list-articles', query: '', offset: 0, limit: 10, order: 'title; drop' },
    ],
    ['analyse without a save flag', { kind: 'analyse', article }],
    ['an import that is not a list', { kind: 'import-articles', articles: 'x' }],
    ['deleting what an empty search finds', { kind: 'delete-matching', query: '  ' }],
    ['deleting what a non-string search finds', { kind: 'delete-matching', query: 3 }],
  ])('rejects %s', (_, message) => {
    expect(typeof validateRequest(message)).toBe('string');
  });

  it('accepts well-formed requests and keeps only known fields', () => {
    const extra = { ...scan, injected: '<img onerror=alert(1)>' };
    const parsed = validateRequest({
      kind: 'page-read',
      read: { ok: true, scan: extra },
      more: 1,
    });
    expect(parsed).toEqual({ kind: 'page-read', read: { ok: true, scan } });
    expect(
      validateRequest({ kind: 'analyse', article: { ...article, injected: 1 }, save: true }),
    ).toEqual({ kind: 'analyse', article, save: true });
    expect(
      validateRequest({ kind: 'list-articles', query: 'x', offset: 0, limit: 100000 }),
    ).toEqual({
      kind: 'list-articles',
      query: 'x',
      offset: 0,
      limit: 500,
    });
    expect(
      validateRequest({ kind: 'list-articles', query: '', offset: 0, limit: 5, order: 'shared' }),
    ).toEqual({ kind: 'list-articles', query: '', offset: 0, limit: 5, order: 'shared' });
    expect(validateRequest({ kind: 'delete-all' })).toEqual({ kind: 'delete-all' });
    expect(validateRequest({ kind: 'link-imported', budget: 1e9 })).toEqual({
      kind: 'link-imported',
    });
    expect(validateRequest({ kind: 'delete-matching', query: 'Outlet' })).toEqual({
      kind: 'delete-matching',
      query: 'Outlet',
    });
    const paused = { ok: false, reason: 'paused', message: 'Paused.', url: 'https://a.test/' };
    expect(validateRequest({ kind: 'page-read', read: paused })).toEqual({
      kind: 'page-read',
      read: paused,
    });
  });
});

describe('senderOrigin', () => {
  const ext = 'ext-id';
  const origin = 'chrome-extension://ext-id/';
  it.each([
    ['page-read from a content script', 'page-read', { id: ext, tab: { id: 4 } }, { tabId: 4 }],
    [
      'page-read from a private (incognito) window',
      'page-read',
      { id: ext, tab: { id: 4, incognito: true } },
      { tabId: 4, private: true },
    ],
    ['page-read without a tab', 'page-read', { id: ext, url: `${origin}popup.html` }, null],
    ['page-read from another extension', 'page-read', { id: 'other', tab: { id: 4 } }, null],
    ['delete-all from the saved page', 'delete-all', { id: ext, url: `${origin}saved.html` }, {}],
    [
      'delete-all from a content script (a web page)',
      'delete-all',
      { id: ext, url: 'https://evil.test/', tab: { id: 2 } },
      null,
    ],
    [
      'get-tab-result from another extension',
      'get-tab-result',
      { id: 'other', url: 'chrome-extension://other/x' },
      null,
    ],
  ] as const)('%s', (_, kind, sender, expected) => {
    expect(senderOrigin(kind, sender, ext, origin)).toEqual(expected);
  });
});
