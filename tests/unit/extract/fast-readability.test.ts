import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import {
  FastReadability,
  runReadability,
  spareBodySnapshot,
} from '../../../utils/extract/run-readability.ts';
import { prepareClone } from '../../../utils/extract/prepare-clone.ts';
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

/**
 * A story inside an element named like comments, with line breaks and a <font>: Readability's
 * first attempt drops "unlikely" elements and finds too little, so it restores the body and
 * tries again; the breaks and the font show the restored body went through its preparation.
 */
const needsSecondAttempt = `<html><head><title>Quay repairs</title></head><body>
<nav>Home News</nav><div class="comment-thread">${'<p>The harbour authority said the ferry would sail again on Monday after repairs to the quay.<br><br>Officials added that <font>night crossings</font> would resume later.</p>'.repeat(4)}</div>
<footer>(c) Example</footer></body></html>`;

function linkedomDocument(html: string): Document {
  return parseHTML(ensureHtmlDocument(html)).document as unknown as Document;
}

/** Readability's own result on the clone runReadability prepares, as comparable JSON. */
function libraryResult(html: string) {
  const clone = linkedomDocument(html).cloneNode(true) as Document;
  prepareClone(clone);
  return comparable(new Readability(clone, options).parse());
}

function comparable(parsed: { content?: Element | null; byline?: string | null } | null) {
  // linkedom writes elements made by createElement("DIV") in capitals, and parsed ones not.
  return { byline: parsed?.byline ?? null, html: parsed?.content?.outerHTML.toLowerCase() ?? null };
}

describe('runReadability', () => {
  it("gives Readability's result on a page that needs a second attempt", () => {
    const ours = comparable(runReadability(linkedomDocument(needsSecondAttempt)));
    expect(ours).toEqual(libraryResult(needsSecondAttempt));
    expect(ours.html).toContain('night crossings');
  });

  it('takes no snapshot of the body, and restores it when Readability tries again', () => {
    const doc = linkedomDocument(needsSecondAttempt);
    let restores = 0;
    spareBodySnapshot(doc.body, () => restores++);
    const reader = new FastReadability(doc, options);
    reader.parse();
    const attempts = (reader as unknown as { _attempts: unknown[] })._attempts.length;
    expect(attempts).toBeGreaterThan(0);
    expect(restores).toBe(attempts);
  });

  it('leaves other writes to innerHTML as they are', () => {
    const doc = linkedomDocument('<html><body><p>old</p></body></html>');
    spareBodySnapshot(doc.body, () => {
      throw new Error('not a restore');
    });
    doc.body.innerHTML = '<p>new</p>';
    expect(doc.body.textContent).toBe('new');
  });
});

describe('FastReadability', () => {
  it('overrides methods Readability still has (a library update must not silently bypass them)', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    for (const method of ['_isValidByline', '_isElementWithoutContent']) {
      expect(typeof prototype[method]).toBe('function');
      expect(Object.hasOwn(FastReadability.prototype, method)).toBe(true);
    }
    // What runReadability repeats when it restores the body for a second attempt.
    for (const method of ['_unwrapNoscriptImages', '_removeScripts', '_prepDocument'])
      expect(typeof prototype[method]).toBe('function');
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
