import { describe, expect, it } from 'vitest';
import type { PageScan } from '../../../utils/article.ts';
import { finishArticle } from '../../../utils/extract/finish-article.ts';

const PROSE =
  'The ferry between the two river towns carried its first passengers in a month on Tuesday, after engineers replaced the mooring posts the spring flood had torn from the bank.';
/** Six prose paragraphs: some 180 words, enough to be an article. */
const BODY = Array.from({ length: 6 }, (_, i) => `${PROSE} (${i + 1})`);

function scan(fields: Partial<PageScan> = {}): PageScan {
  return {
    title: 'Ferry back in service',
    outlet: 'Harbour Post',
    url: 'https://harbour.example/ferry',
    publishedTime: '2026-03-10T08:00:00.000Z',
    modifiedTime: null,
    lang: 'en',
    bylines: [],
    creditHints: [],
    paywalled: false,
    blocks: BODY,
    ...fields,
  };
}

describe('finishArticle (the background part of reading a page)', () => {
  it('takes the first byline candidate that is a name once cleaned', () => {
    const result = finishArticle(scan({ bylines: ['10 March 2026', 'By Jane Roe, 10:32'] }));
    expect(result.ok && result.article.byline).toBe('Jane Roe');
  });

  it('drops furniture lines and the repeated headline, keeping the prose', () => {
    const blocks = [
      'Ferry back in service',
      'Related article: Floods close the river road',
      ...BODY,
    ];
    const result = finishArticle(scan({ blocks }));
    expect(result.ok && result.article.paragraphs).toEqual(BODY);
    expect(result.ok && result.article.text).toBe(BODY.join('\n\n'));
  });

  it('finds wire credits in a dateline and in the page hints', () => {
    const dateline = [`VIDIN, Bulgaria (AFP) - ${PROSE}`, ...BODY.slice(1)];
    const credited = finishArticle(scan({ blocks: dateline }));
    expect(credited.ok && credited.article.credits).toEqual(['AFP']);
    const hinted = finishArticle(scan({ creditHints: ['Reuters'] }));
    expect(hinted.ok && hinted.article.credits).toEqual(['Reuters']);
    const none = finishArticle(scan());
    expect(none.ok && none.article.credits).toEqual([]);
  });

  it('refuses too little text, saying when the page marks it for subscribers', () => {
    const result = finishArticle(scan({ blocks: BODY.slice(0, 2), paywalled: true }));
    expect(result).toMatchObject({
      ok: false,
      reason: 'too-short',
      url: 'https://harbour.example/ferry',
    });
    expect(!result.ok && result.message).toContain('for subscribers only');
  });
});
