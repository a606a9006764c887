import type { ExtractedArticle } from '../../utils/article';

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
