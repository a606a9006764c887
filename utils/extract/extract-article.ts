import type { ExtractionFailure, ExtractionResult } from '../article.ts';
import { NOT_ARTICLE_MESSAGE, PARAGRAPH_SEPARATOR } from '../article.ts';
import { isArticlePage } from './is-article-page.ts';
import { runReadability } from './run-readability.ts';
import { readPageMetadata } from './read-page-metadata.ts';
import { articleParagraphs } from './article-paragraphs.ts';
import { detectCredits } from './detect-credits.ts';
import { countWords } from './count-words.ts';
import { isConsentNotice } from './is-consent-notice.ts';
import { cleanUrl } from './clean-url.ts';
import { fitLimits } from './fit-limits.ts';
import { tooLargeMessage } from './page-size.ts';
import { LIMITS } from '../validate-request.ts';
import { errorMessage } from '../error-message.ts';

/** Fewer words than this is a teaser, paywall stub or cookie wall, not an article. */
export const MIN_ARTICLE_WORDS = 100;

/**
 * Extracts the article from a page: Readability on a clone of `doc`, then metadata,
 * cleaned paragraphs and wire credits. Never throws; pages that are not articles or whose
 * text is too short come back as failures with a message a reader can understand.
 * `anyway`: the reader says the page is an article, so the article test and the page-size
 * guard are skipped (the test misses some articles: interviews in short paragraphs, pages
 * with no article metadata); Readability must still find its text, and enough of it.
 */
export function extractArticle(
  doc: Document,
  url: string,
  { anyway = false }: { anyway?: boolean } = {},
): ExtractionResult {
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
    const { creditHints, paywalled, ...meta } = readPageMetadata(doc, url, parsed);
    const body = articleParagraphs(parsed.content, meta.title, meta.byline);
    const text = body.paragraphs.join(PARAGRAPH_SEPARATOR);
    const tooShort = tooShortMessage(text, paywalled);
    if (tooShort) return failure('too-short', tooShort, meta.url);
    const byline = body.byline;
    const credits = detectCredits(
      [byline ?? '', ...creditHints, ...body.copyrightLines],
      body.paragraphs,
    );
    return fitLimits({ ...meta, byline, paragraphs: body.paragraphs, text, credits });
  } catch (error) {
    return failure('error', `Extraction failed: ${errorMessage(error)}`, url);
  }
}

/** Why the text is not enough to be an article, or null when it is. */
function tooShortMessage(text: string, paywalled: boolean): string | null {
  const words = countWords(text);
  if (isConsentNotice(text, words)) {
    return 'Only a cookie or consent notice was found, not the article text.';
  }
  if (words >= MIN_ARTICLE_WORDS) return null;
  const why = paywalled
    ? 'the page marks the article as for subscribers only'
    : 'a paywall, cookie wall or teaser page?';
  return `Only ${words} words of article text were found, too few for an article (${why}).`;
}

/**
 * A page not taken as an article, within the limits the background checks (a result past
 * them would be dropped, and the popup would say nothing was read).
 */
export function failure(reason: ExtractionFailure, message: string, url: string): ExtractionResult {
  const max = LIMITS.fieldChars;
  return { ok: false, reason, message: message.slice(0, max), url: cleanUrl(url).slice(0, max) };
}
