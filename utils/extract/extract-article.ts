import type { ExtractionResult } from '../article.ts';
import { scanPage } from './scan-page.ts';
import { finishArticle } from './finish-article.ts';

/**
 * Extracts the article from a page in one step: what the content script reads (`scanPage`)
 * and what the background makes of it (`finishArticle`), as the extension does in two. For
 * the Node tools and the tests. Never throws.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: { anyway?: boolean } = {},
): ExtractionResult {
  const read = scanPage(doc, url, options);
  return read.ok ? finishArticle(read.scan) : read;
}
