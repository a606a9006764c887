import { describe, expect, it } from 'vitest';
import { isPastedUrl, pastedArticle } from '../../../utils/pasted-article';
import { validateArticle } from '../../../utils/validate-request';

describe('pastedArticle', () => {
  it('splits paragraphs, fills defaults, and gets a stable reserved URL', () => {
    const a = pastedArticle('First  line\nstill first.\r\n\r\nSecond.\n\n\n', '', '', '');
    expect(a.paragraphs).toEqual(['First line still first.', 'Second.']);
    expect(a.text).toBe('First line still first.\n\nSecond.');
    expect(a.outlet).toBe('Pasted text');
    expect(a.url).toMatch(/^https:\/\/wiretrace\.invalid\/pasted\/[0-9a-f]+$/);
    expect(pastedArticle('First line still first.\n\nSecond.', '', '', '').url).toBe(a.url);
    expect(validateArticle(a)).toEqual(a);
  });

  it('keeps a given http(s) URL and ignores anything else', () => {
    expect(pastedArticle('Text.', 'T', 'O', 'https://x.test/a').url).toBe('https://x.test/a');
    expect(pastedArticle('Text.', 'T', 'O', 'javascript:alert(1)').url).toMatch(
      /wiretrace\.invalid/,
    );
  });

  it('titles a text pasted without one by its first paragraph, cut at a word', () => {
    const first =
      'Olexander Brovchenko, who heads the regional river transport department, said the first ferry left.';
    expect(pastedArticle(`${first}\n\nMore.`, '', '', '').title).toBe(
      'Olexander Brovchenko, who heads the regional river transport department, said…',
    );
    expect(pastedArticle('Short lead.\n\nMore.', '', '', '').title).toBe('Short lead.');
    expect(pastedArticle('x'.repeat(100), '', '', '').title).toBe(`${'x'.repeat(80)}…`);
  });

  it('tells its made-up addresses from pages', () => {
    expect(isPastedUrl(pastedArticle('Text.', '', '', '').url)).toBe(true);
    expect(isPastedUrl(pastedArticle('Text.', '', '', 'https://x.test/a').url)).toBe(false);
    expect(isPastedUrl('https://wiretrace.invalid.example.com/pasted/1')).toBe(false);
    expect(isPastedUrl('http://wiretrace.invalid/pasted/1')).toBe(false);
  });
});
