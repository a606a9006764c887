import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { FastBylineReadability } from '../../../utils/extract/run-readability.ts';
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

describe('FastBylineReadability', () => {
  it('overrides a method Readability still has (a library update must not silently bypass it)', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof prototype['_isValidByline']).toBe('function');
    expect(Object.hasOwn(FastBylineReadability.prototype, '_isValidByline')).toBe(true);
  });

  it('finds a byline that only the page holds', () => {
    expect(parse(bylineInPage, FastBylineReadability).byline).toBe('By Jane Roe');
    expect(parse(bylineInPage, FastBylineReadability)).toEqual(parse(bylineInPage, Readability));
  });

  for (const slug of readdirSync(pagesDir)) {
    it(`gives Readability's result on ${slug}`, () => {
      const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
      expect(parse(html, FastBylineReadability)).toEqual(parse(html, Readability));
    });
  }
});
