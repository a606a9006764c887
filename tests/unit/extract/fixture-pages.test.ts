import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, isArticlePage } from '../../../utils/extract/index.ts';
import { ensureHtmlDocument } from '../../../utils/extract/ensure-html-document.ts';
import type { ExtractedArticle } from '../../../utils/article.ts';

interface Fixture {
  pageUrl: string;
  ok: boolean;
  reason?: string;
  article?: Omit<ExtractedArticle, 'text'>;
}

const pagesDir = join(import.meta.dirname, '../../fixtures/pages');
const slugs = readdirSync(pagesDir);

function load(slug: string): { doc: Document; fixture: Fixture } {
  const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
  const fixture = JSON.parse(
    readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8'),
  ) as Fixture;
  return { doc: parseHTML(ensureHtmlDocument(html)).document as unknown as Document, fixture };
}

describe('extraction on fixture pages', () => {
  it('has pages to test, including failures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const { doc, fixture } = load(slug);
      const before = doc.documentElement.outerHTML;
      const result = extractArticle(doc, fixture.pageUrl);
      expect(doc.documentElement.outerHTML).toBe(before);
      if (!fixture.ok) {
        expect(result).toMatchObject({ ok: false, reason: fixture.reason });
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        return;
      }
      if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
      const { text, ...fields } = result.article;
      expect(fields).toEqual(fixture.article);
      expect(text).toBe(fixture.article?.paragraphs.join('\n\n'));
    });
  }

  it('isArticlePage agrees with the fixtures on what is an article', () => {
    const verdicts = slugs.map((slug) => [slug, isArticlePage(load(slug).doc)] as const);
    const expected = slugs.map(
      (slug) => [slug, load(slug).fixture.reason !== 'not-article'] as const,
    );
    expect(verdicts).toEqual(expected);
  });
});
