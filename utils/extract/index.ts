/** Article extraction for the content script, the background and the Node tools (`npm run extract`). */
export { isArticlePage } from './is-article-page.ts';
export { scanPage, failure } from './scan-page.ts';
export { finishArticle, MIN_ARTICLE_WORDS } from './finish-article.ts';
export { extractArticle } from './extract-article.ts';
