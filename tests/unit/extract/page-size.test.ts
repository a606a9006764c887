import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../utils/extract/index.ts';
import { MAX_PAGE_ELEMENTS, tooLargeMessage } from '../../../utils/extract/page-size.ts';
import { validateRequest } from '../../../utils/validate-request.ts';

const doc = (body: string) =>
  parseHTML(
    `<!doctype html><html lang="en"><head><title>Night ferry returns</title>` +
      `<meta property="og:type" content="article"></head><body>${body}</body></html>`,
  ).document as unknown as Document;

const STORY =
  '<article><h1>Night ferry returns</h1>' +
  Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the night ferry between the two harbour towns returned on ` +
      `Friday after a winter of repairs, carrying forty cars and a lorry of oranges, its ` +
      `captain said, adding that the timetable would stay as before.</p>`,
  ).join('') +
  '</article>';

/** A comment thread of `n` comments, eight elements each, as a big site renders one. */
const thread = (n: number) =>
  '<section class="comments">' +
  '<div class="comment"><div class="meta"><a href="/u">reader</a> <span>2 days ago</span></div><p>Good to have it back.</p><div class="actions"><a href="#">Reply</a> <a href="#">Share</a></div></div>'.repeat(
    n,
  ) +
  '</section>';

describe('page size guard', () => {
  it('counts every element and says how many, against the limit', () => {
    expect(tooLargeMessage(doc('<p>a</p><p>b</p>'), 10)).toBeNull();
    const message = tooLargeMessage(doc('<p>a</p>'.repeat(20)), 10);
    // html, head, title, meta, body and 20 paragraphs.
    expect(message).toContain('(25 elements, more than the 10 Wiretrace reads by itself)');
  });

  it('refuses an article page past the limit before Readability runs, with a valid message', () => {
    const page = doc(STORY + thread(Math.ceil(MAX_PAGE_ELEMENTS / 8)));
    const result = extractArticle(page, 'https://ferry.example/news/night-ferry');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (result.ok) return;
    expect(result.message).toMatch(/^This page is very large \(30,\d{3} elements/);
    // The background accepts the failure as it is.
    expect(typeof validateRequest({ kind: 'page-read', read: result })).not.toBe('string');
  });

  it('reads the same page when the reader asks ("Read it anyway")', () => {
    const page = doc(STORY + thread(Math.ceil(MAX_PAGE_ELEMENTS / 8)));
    const result = extractArticle(page, 'https://ferry.example/news/night-ferry', {
      anyway: true,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Night ferry returns');
    expect(result.article.paragraphs).toHaveLength(8);
  }, 30_000);

  it('leaves a page under the limit to the article test', () => {
    const result = extractArticle(doc(STORY + thread(50)), 'https://ferry.example/news/a');
    expect(result.ok).toBe(true);
  });
});
