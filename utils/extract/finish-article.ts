import type { ExtractionResult, PageScan } from '../article.ts';
import { PARAGRAPH_SEPARATOR } from '../article.ts';
import { articleText } from './article-text.ts';
import { cleanByline } from './clean-byline.ts';
import { detectCredits } from './detect-credits.ts';
import { countWords } from './count-words.ts';
import { isConsentNotice } from './is-consent-notice.ts';
import { fitLimits } from './fit-limits.ts';
import { failure } from './failure.ts';
import { errorMessage } from '../error-message.ts';

/** Fewer words than this is a teaser, paywall stub or cookie wall, not an article. */
export const MIN_ARTICLE_WORDS = 100;

/**
 * The background's part of reading a page: the article from what the content script read
 * (`scanPage`). The byline is the first candidate that is a name once cleaned; boilerplate
 * lines and a repeated headline leave the text; wire credits are found in the byline, the
 * page's hints and the text. Pure string work on a validated scan; never throws.
 */
export function finishArticle(scan: PageScan): ExtractionResult {
  try {
    const byline = scan.bylines.map(cleanByline).find((b) => b) ?? null;
    const body = articleText(scan.blocks, scan.title, byline);
    const text = body.paragraphs.join(PARAGRAPH_SEPARATOR);
    const tooShort = tooShortMessage(text, scan.paywalled);
    if (tooShort) return failure('too-short', tooShort, scan.url);
    const credits = detectCredits(
      [body.byline ?? '', ...scan.creditHints, ...body.copyrightLines],
      body.paragraphs,
    );
    const { title, outlet, url, publishedTime, modifiedTime, lang } = scan;
    return fitLimits({
      title,
      byline: body.byline,
      outlet,
      url,
      publishedTime,
      modifiedTime,
      lang,
      paragraphs: body.paragraphs,
      text,
      credits,
    });
  } catch (error) {
    // A bug, not the page: the popup says extraction failed rather than nothing at all.
    return failure('error', `Extraction failed: ${errorMessage(error)}`, scan.url);
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
