import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, isArticlePage } from '../../../utils/extract/index.ts';
import { ensureHtmlDocument } from '../../../utils/extract/ensure-html-document.ts';
import { decodeHtml } from '../../../utils/extract/decode-html.ts';
import { isConsentNotice } from '../../../utils/extract/is-consent-notice.ts';
import { prepareClone } from '../../../utils/extract/prepare-clone.ts';

const doc = (html: string) => parseHTML(ensureHtmlDocument(html)).document as unknown as Document;
const PARAGRAPH =
  'The regional council voted on Tuesday to extend the night bus service to the outer villages, after a two-year trial showed that passenger numbers had grown faster than expected.';

describe('extractArticle on hostile input', { timeout: 30_000 }, () => {
  it.each([
    ['empty', ''],
    ['text only', 'just some words'],
    ['binary-ish', '\u0000\u0001\u0002<<<>>>'],
    ['unclosed everything', '<div><p><b><i><span>' + PARAGRAPH],
    [
      'broken JSON-LD',
      `<script type="application/ld+json">{"@type": "NewsArticle",</script><p>${PARAGRAPH}</p>`,
    ],
  ])('%s: returns a failure, never throws', (_name, html) => {
    const result = extractArticle(doc(html), 'https://a.example/x');
    expect(result.ok).toBe(false);
  });

  it('survives deep nesting', () => {
    const paragraphs = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${n}. ${PARAGRAPH}</p>`).join('');
    const deep = '<div>'.repeat(3000) + paragraphs + '</div>'.repeat(3000);
    const result = extractArticle(doc(`<html><body>${deep}</body></html>`), 'https://a.example/x');
    expect(result.ok && result.article.paragraphs).toHaveLength(8);
  });

  it('dissolves a wrapper nested too deep with more children than a call takes', () => {
    const children = '<i>x</i>'.repeat(130_000);
    const page = doc(
      `<html><body>${'<div>'.repeat(125)}${children}${'</div>'.repeat(125)}</body></html>`,
    );
    // Spread into one call, these children threw "Maximum call stack size exceeded".
    expect(() => prepareClone(page)).not.toThrow();
    expect(page.body.textContent).toHaveLength(130_000);
    expect(page.querySelectorAll('div')).toHaveLength(118);
  });

  it('handles a large page in reasonable time', () => {
    const body = Array.from({ length: 400 }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('');
    const started = performance.now();
    const result = extractArticle(
      doc(
        `<html lang="en"><head><title>Big</title></head><body><article>${body}</article></body></html>`,
      ),
      'https://a.example/big',
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.paragraphs).toHaveLength(400);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports "error" instead of throwing when the DOM misbehaves', () => {
    const broken = doc(
      `<html lang="en"><body><article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${n}. ${PARAGRAPH}</p>`).join('')}</article></body></html>`,
    );
    Object.defineProperty(broken, 'cloneNode', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(isArticlePage(broken)).toBe(true);
    expect(extractArticle(broken, 'https://a.example/x')).toMatchObject({
      ok: false,
      reason: 'error',
    });
  });
});

describe('ensureHtmlDocument', () => {
  it.each([
    ['', ''],
    ['<p>fragment</p>', 'fragment'],
    ['<html><p>no body</p></html>', 'no body'],
    ['<html><head><title>t</title></head><p>after head</p>', 'after head'],
    ['<head><title>t</title></head><body><p>no html</p></body>', 'no html'],
  ])('%s gives a usable body', (html, text) => {
    expect(doc(html).body?.textContent?.trim()).toBe(text);
  });
});

describe('decodeHtml', () => {
  const bytes = (s: string, enc: 'latin1' | 'utf8' = 'utf8') => new Uint8Array(Buffer.from(s, enc));
  it.each([
    ['utf-8 default', bytes('<p>Zürich</p>'), '<p>Zürich</p>'],
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<p>é</p>')]), '<p>é</p>'],
    [
      'declared latin-1',
      bytes('<meta charset="iso-8859-1"><p>Zürich</p>', 'latin1'),
      '<meta charset="iso-8859-1"><p>Zürich</p>',
    ],
    [
      'http-equiv windows-1252',
      bytes(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>',
        'latin1',
      ),
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>',
    ],
    [
      'unknown charset falls back to utf-8',
      bytes('<meta charset="x-klingon"><p>ok</p>'),
      '<meta charset="x-klingon"><p>ok</p>',
    ],
  ])('%s', (_name, input, expected) => {
    expect(decodeHtml(input)).toBe(expected);
  });
  it('prefers valid UTF-8 over a stale declaration (saved pages keep old meta tags)', () => {
    const page = '<meta charset="gb2312"><p>宇航员 — Zürich</p>';
    expect(decodeHtml(bytes(page))).toBe(page);
  });

  it('reads windows-1252 bytes as browsers do, declared or not', () => {
    const body = [
      0x3c, 0x70, 0x3e, 0x93, 0x4f, 0x4b, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x3c, 0x2f, 0x70, 0x3e,
    ];
    expect(decodeHtml(new Uint8Array(body))).toBe('<p>“OK” – é</p>');
    const declared = [...bytes('<meta charset="iso-8859-1">'), ...body];
    expect(decodeHtml(new Uint8Array(declared))).toBe('<meta charset="iso-8859-1"><p>“OK” – é</p>');
  });

  it('refuses binary data', () => {
    expect(() => decodeHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(
      /binary/,
    );
  });
});

describe('consent notices', () => {
  const notice =
    'We and our partners store and/or access information on a device, such as cookies, for personalised ads and content. You can accept all or manage preferences; some processing relies on legitimate interest. See our privacy policy.';
  it('recognises a consent notice that Readability took for the article', () => {
    expect(isConsentNotice(notice, 60)).toBe(true);
    expect(isConsentNotice(`${notice} `.repeat(20), 1200)).toBe(false);
    expect(isConsentNotice(PARAGRAPH, 30)).toBe(false);
    expect(isConsentNotice('The bakery sells cookies to partners across the county.', 10)).toBe(
      false,
    );
  });

  it('removes scripts and a named consent overlay from the clone but not a recipe card', () => {
    const page = doc(
      `<script>var x = 1;</script><div id="cookie-banner"><p>${notice}</p></div><div class="cookie-recipe"><p>Mix the flour for the cookies.</p></div>`,
    );
    prepareClone(page);
    expect(page.querySelector('script')).toBeNull();
    expect(page.body.textContent).toContain('Mix the flour');
    expect(page.body.textContent).not.toContain('legitimate interest');
  });

  it('finds an overlay named in capitals, by id or class, but only by whole words', () => {
    const page = doc(
      `<div class="Modal Cookie-Banner"><p>${notice}</p></div><div id="site_CONSENT"><p>${notice} (2)</p></div><div class="cookiestore"><p>${notice} (3)</p></div><article><p>${PARAGRAPH}</p></article>`,
    );
    prepareClone(page);
    const text = page.body.textContent ?? '';
    // Only the "cookiestore" notice is left: "cookie" is not a word of its name.
    expect(text.split('legitimate interest').length - 1).toBe(1);
    expect(text).toContain('policy. (3)');
    expect(text).toContain(PARAGRAPH);
  });
});

describe('credits from metadata', () => {
  const page = (head: string) =>
    doc(
      `<html lang="en"><head><title>Ferry</title>${head}</head><body><article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${n}. ${PARAGRAPH}</p>`).join('')}</article></body></html>`,
    );
  it.each([
    ['<meta name="syndication-source" content="https://apnews.com/article/ferry-1">', ['AP']],
    ['<link rel="canonical" href="https://www.reuters.com/world/ferry-2">', ['Reuters']],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","sourceOrganization":{"name":"Agence France-Presse"}}</script>',
      ['AFP'],
    ],
    ['<meta name="author" content="Jane Roe">', []],
  ])('%s', (head, credits) => {
    const result = extractArticle(page(head), 'https://outlet.example/ferry');
    expect(result.ok && result.article.credits).toEqual(credits);
  });
});
