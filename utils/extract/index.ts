/**
 * Article extraction: `scanPage` for the content script, `finishArticle` for the background,
 * `extractArticle` (both) for the Node tools (`npm run extract`) and the tests.
 */
export { isArticlePage } from './is-article-page.ts';
export { scanPage } from './scan-page.ts';
export { failure } from './failure.ts';
export { finishArticle, MIN_ARTICLE_WORDS } from './finish-article.ts';
export { extractArticle } from './extract-article.ts';
