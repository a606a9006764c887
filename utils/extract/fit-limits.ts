import type { ExtractedArticle, ExtractionResult } from '../article.ts';
import { plural } from '../plural.ts';
import { LIMITS } from '../validate-request.ts';

/**
 * Makes an extracted article fit the limits the background checks every message against
 * (LIMITS in validate-request.ts), or says why it cannot. A page past them would otherwise
 * be dropped by the background without a word, and its popup would say nothing was read.
 * Over-long title, byline or outlet are cut (a broken page's metadata, not its text); text
 * is never cut, since a passage found in half an article would mislead: a page (or a pasted
 * text) with more text, or an address longer, than Wiretrace handles says so.
 */
export function fitLimits(article: ExtractedArticle): ExtractionResult {
  const { text, paragraphs, url } = article;
  if (text.length > LIMITS.textChars || paragraphs.length > LIMITS.paragraphs) {
    return tooLong(
      `${plural(text.length, 'character')} of text in ` +
        `${plural(paragraphs.length, 'paragraph')}: more than ` +
        `Wiretrace compares (${LIMITS.textChars.toLocaleString()} characters and ` +
        `${LIMITS.paragraphs.toLocaleString()} paragraphs): a book, a transcript or a ` +
        'very long live blog?',
      url,
    );
  }
  if (url.length > LIMITS.fieldChars)
    return tooLong(
      `An address of ${plural(url.length, 'character')}: longer than Wiretrace stores ` +
        `(${LIMITS.fieldChars.toLocaleString()}).`,
      url.slice(0, LIMITS.fieldChars),
    );
  return {
    ok: true,
    article: {
      ...article,
      title: cut(article.title, LIMITS.fieldChars),
      byline: article.byline === null ? null : cut(article.byline, LIMITS.fieldChars),
      outlet: cut(article.outlet, LIMITS.fieldChars),
      publishedTime: short(article.publishedTime),
      modifiedTime: short(article.modifiedTime),
      lang: short(article.lang),
      credits: article.credits
        .filter((c) => c.length <= LIMITS.shortChars)
        .slice(0, LIMITS.credits),
    },
  };
}

function tooLong(message: string, url: string): ExtractionResult {
  return { ok: false, reason: 'too-long', message, url };
}

function cut(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** A date or language longer than any real one is junk: dropped. */
function short(value: string | null): string | null {
  return value !== null && value.length <= LIMITS.shortChars ? value : null;
}
