import type { ExtractedArticle, PageScan } from '../../utils/article';

/** An extracted article with sensible defaults, for tests that care about a few fields. */
export function makeArticle(fields: Partial<ExtractedArticle> & { url: string }): ExtractedArticle {
  const paragraphs =
    fields.paragraphs ?? (fields.text ? fields.text.split('\n\n') : ['Some text.']);
  return {
    title: 'A title',
    byline: null,
    outlet: 'Outlet A',
    publishedTime: null,
    modifiedTime: null,
    lang: 'en',
    credits: [],
    ...fields,
    paragraphs,
    text: fields.text ?? paragraphs.join('\n\n'),
  };
}

/**
 * What a content script would send for `article` (a PageScan): its paragraphs as the blocks,
 * its byline and credits as the page's candidates. The background's text rules then make
 * the same article of it, for prose paragraphs of 100 words or more.
 */
export function scanOf(article: ExtractedArticle): PageScan {
  const { title, outlet, url, publishedTime, modifiedTime, lang } = article;
  return {
    title,
    outlet,
    url,
    publishedTime,
    modifiedTime,
    lang,
    bylines: article.byline ? [article.byline] : [],
    creditHints: article.credits,
    paywalled: false,
    blocks: article.paragraphs,
  };
}
