import { describe, expect, it } from 'vitest';
import type { ExtractionResult, PageScan, ScanResult } from '../../../utils/article.ts';
import { fitLimits, fitScan } from '../../../utils/extract/fit-limits.ts';
import { failure } from '../../../utils/extract/index.ts';
import { LIMITS, validateRequest } from '../../../utils/validate-request.ts';
import { makeArticle } from '../make-article.ts';

const URL = 'https://news.test/live';
// A message the background refuses is never answered. An article travels to it in "Check a
// text"'s request; what a page's content script read, and any failure, in a page read.
const accepted = (result: ExtractionResult | ScanResult) =>
  typeof validateRequest(
    'article' in result
      ? { kind: 'analyse', article: result.article, save: false }
      : { kind: 'page-read', read: result },
  ) !== 'string';

function makeScan(fields: Partial<PageScan> = {}): PageScan {
  return {
    title: 'Ferry back in service',
    outlet: 'Harbour Post',
    url: URL,
    publishedTime: '2026-03-10',
    modifiedTime: null,
    lang: 'en',
    bylines: ['By Jane Roe'],
    creditHints: ['AFP'],
    paywalled: false,
    blocks: ['One.', 'Two.'],
    ...fields,
  };
}

describe('fitLimits', () => {
  it('passes an ordinary article through unchanged', () => {
    const article = makeArticle({ url: URL, text: 'One.\n\nTwo.', credits: ['AFP'] });
    expect(fitLimits(article)).toEqual({ ok: true, article });
  });

  it('says so, in a message the background accepts, for more paragraphs than it compares', () => {
    const paragraphs = Array.from({ length: LIMITS.paragraphs + 1 }, (_, i) => `Update ${i}.`);
    const article = makeArticle({ url: URL, paragraphs });
    expect(accepted({ ok: true, article })).toBe(false);
    const result = fitLimits(article);
    expect(result).toMatchObject({ ok: false, reason: 'too-long', url: URL });
    expect(!result.ok && result.message).toContain('5,001 paragraphs');
    expect(accepted(result)).toBe(true);
  });

  it('says so for more text than it compares, and never cuts the text', () => {
    const big = 'word '.repeat(LIMITS.textChars / 5 + 1);
    const result = fitLimits(makeArticle({ url: URL, paragraphs: [big] }));
    expect(result).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!result.ok && result.message).toMatch(
      /^1,000,005 characters of text in 1 paragraph: more than/,
    );
    expect(accepted(result)).toBe(true);
  });

  it('refuses an address longer than it stores, with a message', () => {
    const long = `${URL}/${'a'.repeat(LIMITS.fieldChars)}`;
    const result = fitLimits(makeArticle({ url: long }));
    expect(result).toMatchObject({ ok: false, reason: 'too-long' });
    expect(accepted(result)).toBe(true);
  });

  it('cuts over-long metadata and drops junk dates, so the article is not lost for them', () => {
    const article = makeArticle({
      url: URL,
      title: 'T'.repeat(LIMITS.fieldChars + 10),
      byline: 'B'.repeat(LIMITS.fieldChars + 1),
      outlet: 'O'.repeat(LIMITS.fieldChars * 2),
      publishedTime: '2026-03-10'.repeat(10),
      lang: 'en',
      credits: [...Array.from({ length: 30 }, (_, i) => `Agency ${i}`), 'X'.repeat(100)],
    });
    expect(accepted({ ok: true, article })).toBe(false);
    const result = fitLimits(article);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toHaveLength(LIMITS.fieldChars);
    expect(result.article.title.endsWith('…')).toBe(true);
    expect(result.article.publishedTime).toBeNull();
    expect(result.article.lang).toBe('en');
    expect(result.article.credits).toHaveLength(LIMITS.credits);
    expect(result.article.text).toBe(article.text);
    expect(accepted(result)).toBe(true);
  });

  it('keeps a failure on a page with a very long address within the limits too', () => {
    const long = `${URL}/${'a'.repeat(LIMITS.fieldChars)}`;
    const result = failure('not-article', 'This page does not look like a news article.', long);
    expect(accepted(result)).toBe(true);
    expect(!result.ok && result.url.startsWith(URL)).toBe(true);
  });
});

describe('fitScan (what the content script sends)', () => {
  it('passes an ordinary scan through unchanged, and the background accepts it', () => {
    const scan = makeScan();
    expect(fitScan(scan)).toEqual({ ok: true, scan });
    expect(accepted({ ok: true, scan })).toBe(true);
  });

  it('says so for more blocks or text than the background compares, before any is dropped', () => {
    const blocks = Array.from({ length: LIMITS.paragraphs + 1 }, (_, i) => `Update ${i}.`);
    expect(accepted({ ok: true, scan: makeScan({ blocks }) })).toBe(false);
    const many = fitScan(makeScan({ blocks }));
    expect(many).toMatchObject({ ok: false, reason: 'too-long', url: URL });
    expect(!many.ok && many.message).toContain('5,001 paragraphs');
    expect(accepted(many)).toBe(true);
    // Two blocks of half the limit each: over it once joined, as the article's text would be.
    const half = 'w'.repeat(LIMITS.textChars / 2);
    const big = fitScan(makeScan({ blocks: [half, half] }));
    expect(big).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!big.ok && big.message).toMatch(/^1,000,002 characters of text in 2 paragraphs/);
  });

  it('cuts over-long fields and drops over-long or surplus names, so the page is not lost', () => {
    const names = [...Array.from({ length: 60 }, (_, i) => `Name ${i}`), 'N'.repeat(5_000)];
    const scan = makeScan({
      title: 'T'.repeat(LIMITS.fieldChars + 1),
      lang: 'x'.repeat(100),
      bylines: ['B'.repeat(LIMITS.fieldChars + 1), 'By Jane Roe'],
      creditHints: names,
    });
    expect(accepted({ ok: true, scan })).toBe(false);
    const result = fitScan(scan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scan.title).toHaveLength(LIMITS.fieldChars);
    expect(result.scan.lang).toBeNull();
    expect(result.scan.bylines).toEqual(['By Jane Roe']);
    expect(result.scan.creditHints).toEqual(names.slice(0, LIMITS.names));
    expect(result.scan.blocks).toEqual(scan.blocks);
    expect(accepted(result)).toBe(true);
  });
});
