/** Reads a page's reference output in either format the extraction reports understand. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ensureHtmlDocument } from '../../utils/extract/ensure-html-document.ts';

/** A page's reference extraction, whichever format it came in. */
export interface Expected {
  /** False for pages that should be refused (non-articles, paywall stubs). */
  isArticle: boolean;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  /** Reference text as a whole, for word F1. */
  text: string;
  /** Reference text, one entry per block, for showing differences. */
  lines: string[];
  pageUrl: string | null;
}

/**
 * Readability's test-suite format (expected-metadata.json + expected.html) or the
 * project's fixture format (expected.json with pageUrl, ok and article).
 */
export function readExpected(dir: string): Expected {
  if (existsSync(join(dir, 'expected.json'))) return readFixture(join(dir, 'expected.json'));
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const html = readFileSync(join(dir, 'expected.html'), 'utf8');
  const doc = parseHTML(ensureHtmlDocument(html)).document as unknown as Document;
  const blocks = Array.from(
    doc.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, pre, td, figcaption, dd, dt'),
  );
  const lines = blocks.filter((b) => !b.querySelector('p, li, td')).map((b) => b.textContent ?? '');
  const str = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : null);
  const text = doc.body?.textContent ?? '';
  return {
    isArticle: meta['readerable'] !== false,
    title: str('title') ?? '',
    byline: str('byline'),
    publishedTime: str('publishedTime'),
    text,
    lines: lines.length ? lines : [text],
    pageUrl: null,
  };
}

function readFixture(file: string): Expected {
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as {
    pageUrl: string;
    ok: boolean;
    article?: {
      title: string;
      byline: string | null;
      publishedTime: string | null;
      paragraphs: string[];
    };
  };
  const a = fixture.article;
  const lines = a?.paragraphs ?? [];
  return {
    isArticle: fixture.ok,
    title: a?.title ?? '',
    byline: a?.byline ?? null,
    publishedTime: a?.publishedTime ?? null,
    text: lines.join('\n\n'),
    lines,
    pageUrl: fixture.pageUrl,
  };
}
