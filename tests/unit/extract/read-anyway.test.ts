import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { NOT_ARTICLE_MESSAGE } from '../../../utils/article.ts';
import { extractArticle, isArticlePage } from '../../../utils/extract/index.ts';

const doc = (body: string) =>
  parseHTML(
    `<!doctype html><html lang="en"><head><title>Six questions for a lock keeper | Canal News</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;

// An interview in short paragraphs with no article metadata: every line is shorter than the
// 140 characters Readability's article test counts, so the test refuses the page.
const QUESTIONS = [
  ['How long have you kept the lock?', 'Twenty-two years this spring, and my father before me.'],
  ['What is the busiest day?', 'The first warm Saturday in May. Forty boats before lunch.'],
  ['What goes wrong?', 'Gates stick when the frost comes, and people forget their ropes.'],
  ['Who comes through?', 'Families on holiday, old men with old boats, a barge of gravel a week.'],
  ['What will change?', 'The council wants an electric gate. I want a bench for the walkers.'],
  ['What will you miss?', 'The heron that waits on the top gate every morning at six.'],
];
const INTERVIEW =
  '<h1>Six questions for a lock keeper</h1>' +
  QUESTIONS.map(([q, a]) => `<p><b>${q}</b></p><p>${a} We talked on the towpath.</p>`).join('');
const URL = 'https://canal.example/people/lock-keeper';

describe('extractArticle with anyway (the popup\'s "Read it anyway")', () => {
  it('reads an interview the article test refuses', () => {
    const page = doc(INTERVIEW);
    expect(isArticlePage(page)).toBe(false);
    expect(extractArticle(page, URL)).toMatchObject({ ok: false, message: NOT_ARTICLE_MESSAGE });
    const result = extractArticle(page, URL, { anyway: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Six questions for a lock keeper');
    expect(result.article.paragraphs).toHaveLength(12);
    expect(result.article.text).toContain('The heron that waits on the top gate');
  });

  it('still refuses a page with too little text, in another message', () => {
    const result = extractArticle(doc('<p>Subscribe to read on.</p>'), URL, { anyway: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['not-article', 'too-short']).toContain(result.reason);
    expect(result.message).not.toBe(NOT_ARTICLE_MESSAGE);
  });
});
