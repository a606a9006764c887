import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { FastReadability } from '../../../utils/extract/run-readability.ts';
import { ensureHtmlDocument } from '../../../utils/extract/ensure-html-document.ts';

const pagesDir = join(import.meta.dirname, '../../fixtures/pages');
const options = { keepClasses: true, serializer: (node: Node) => node as Element };

function parse(html: string, Reader: typeof Readability<Element>) {
  const doc = parseHTML(ensureHtmlDocument(html)).document as unknown as Document;
  const parsed = new Reader(doc, options).parse();
  return { byline: parsed?.byline ?? null, text: parsed?.content?.textContent ?? null };
}

/** A story whose byline is only in the page (no author metadata), behind a long wrapper. */
const bylineInPage = `<!doctype html><html><head><title>Ferry service resumes</title></head>
<body><div class="wrapper"><article><h1>Ferry service resumes</h1>
<p class="byline">By Jane Roe</p>
${'<p>The harbour authority said the ferry would sail again on Monday after repairs to the quay, and that timetables would return to normal within the week.</p>'.repeat(8)}
</article></div></body></html>`;

describe('FastReadability', () => {
  it('overrides methods Readability still has (a library update must not silently bypass them)', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    for (const method of ['_isValidByline', '_isElementWithoutContent']) {
      expect(typeof prototype[method]).toBe('function');
      expect(Object.hasOwn(FastReadability.prototype, method)).toBe(true);
    }
  });

  it('tells an element without content from one with text, as the library does', () => {
    const { document } = parseHTML(
      '<html><body><div id="empty"> <br> <span> </span></div><div id="text"><div> x </div></div></body></html>',
    );
    const reader = new FastReadability(document as unknown as Document, options) as unknown as {
      _isElementWithoutContent(node: Element): boolean;
    };
    const element = (id: string) => document.getElementById(id) as unknown as Element;
    expect(reader._isElementWithoutContent(element('text'))).toBe(false);
    // Only white space, but a span that is not a line break: content by the library's rule.
    expect(reader._isElementWithoutContent(element('empty'))).toBe(false);
    element('empty').querySelector('span')?.remove();
    expect(reader._isElementWithoutContent(element('empty'))).toBe(true);
  });

  it('finds a byline that only the page holds', () => {
    expect(parse(bylineInPage, FastReadability).byline).toBe('By Jane Roe');
    expect(parse(bylineInPage, FastReadability)).toEqual(parse(bylineInPage, Readability));
  });

  for (const slug of readdirSync(pagesDir)) {
    it(`gives Readability's result on ${slug}`, () => {
      const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
      expect(parse(html, FastReadability)).toEqual(parse(html, Readability));
    });
  }
});
