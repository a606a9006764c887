import { describe, expect, it } from 'vitest';
import { fitLimits } from '../../../utils/extract/fit-limits.ts';
import { failure } from '../../../utils/extract/index.ts';
import { LIMITS, validateRequest } from '../../../utils/validate-request.ts';
import { makeArticle } from '../make-article.ts';

const URL = 'https://news.test/live';
// What the background does with a page read: a result it refuses is never answered.
const accepted = (result: ReturnType<typeof fitLimits>) =>
  typeof validateRequest({ kind: 'page-read', result }) !== 'string';

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
    expect(!result.ok && result.message).toMatch(/^1,000,005 characters of text in 1 paragraph: more than/);
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
