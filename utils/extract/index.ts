/** Article extraction for the content script and the Node tools (`npm run extract`). */
export { isArticlePage } from './is-article-page.ts';
export { extractArticle, failure, MIN_ARTICLE_WORDS } from './extract-article.ts';
