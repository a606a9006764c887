import { describe, expect, it } from 'vitest';
import { pastedArticle } from '../../../utils/pasted-article';
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
});
