import type { ScanResult } from '../article.ts';
import { NOT_ARTICLE_MESSAGE } from '../article.ts';
import { failure } from './failure.ts';
import { isArticlePage } from './is-article-page.ts';
import { runReadability } from './run-readability.ts';
import { readPageMetadata } from './read-page-metadata.ts';
import { removeJunkElements } from './remove-junk-elements.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { fitScan } from './fit-limits.ts';
import { tooLargeMessage } from './page-size.ts';
import { errorMessage } from '../error-message.ts';

/**
 * The content script's part of reading a page: the work that needs its DOM. Readability on a
 * clone of `doc`, then metadata and the text of each block of the article, within the limits
 * the background checks. The text rules run in the background (finish-article.ts). Never
 * throws; a page that is not an article comes back as a failure a reader can understand.
 * `anyway`: the reader says the page is an article, so the article test and the page-size
 * guard are skipped (the test misses some articles: interviews in short paragraphs, pages
 * with no article metadata); Readability must still find its text.
 */
export function scanPage(
  doc: Document,
  url: string,
  { anyway = false }: { anyway?: boolean } = {},
): ScanResult {
  try {
    if (!anyway) {
      // The article test first: it is cheap even on a huge page (20-45 ms at 160,000
      // elements), and a huge home page or listing is better called "not an article".
      if (!isArticlePage(doc)) return failure('not-article', NOT_ARTICLE_MESSAGE, url);
      const tooLarge = tooLargeMessage(doc);
      if (tooLarge) return failure('too-large', tooLarge, url);
    }
    const parsed = runReadability(doc);
    if (!parsed) return failure('not-article', 'No article text could be found on this page.', url);
    const meta = readPageMetadata(doc, url, parsed);
    removeJunkElements(parsed.content);
    return fitScan({ ...meta, blocks: collectParagraphs(parsed.content) });
  } catch (error) {
    return failure('error', `Extraction failed: ${errorMessage(error)}`, url);
  }
}
