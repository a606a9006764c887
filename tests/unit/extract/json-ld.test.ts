import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseJsonLdText, readJsonLd } from '../../../utils/extract/read-json-ld.ts';

describe('parseJsonLdText', () => {
  it.each([
    ['{"@type":"NewsArticle"}', { '@type': 'NewsArticle' }],
    ['<![CDATA[ {"@type":"NewsArticle"} ]]>', { '@type': 'NewsArticle' }],
    ['//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>', { '@type': 'NewsArticle' }],
    ['{"headline":"Two\nlines"}', { headline: 'Two lines' }],
    ['{&quot;@type&quot;:&quot;NewsArticle&quot;}', { '@type': 'NewsArticle' }],
    ['{"@type": "NewsArticle",', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseJsonLdText(text)).toEqual(expected);
  });
});

describe('readJsonLd', () => {
  const doc = (blocks: string[]) =>
    parseHTML(
      `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
    ).document as unknown as Document;

  it('finds the article in @graph, arrays and mainEntity', () => {
    const graph = '{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"A"}]}';
    expect(readJsonLd(doc([graph])).article?.['headline']).toBe('A');
    const array = '[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"B"}]';
    expect(readJsonLd(doc([array])).article?.['headline']).toBe('B');
    const entity = '{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"C"}}';
    expect(readJsonLd(doc([entity])).article?.['headline']).toBe('C');
  });

  it('reports types and the organisation name, skipping broken blocks', () => {
    const info = readJsonLd(
      doc([
        '{broken',
        '{"@type":"NewsMediaOrganization","name":"Gazette"}',
        '{"@type":"CollectionPage"}',
      ]),
    );
    expect(info.article).toBeNull();
    expect(info.types).toEqual(['NewsMediaOrganization', 'CollectionPage']);
    expect(info.organizationName).toBe('Gazette');
  });
});
