import type { StoredRef } from '../match-result';
import type { StoredArticle } from './db';

/** The fields that name a stored article in a report (match or related story). */
export function storedRef(article: StoredArticle): StoredRef {
  return {
    articleId: article.id,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    publishedTime: article.publishedTime,
    firstSeen: article.firstSeen,
  };
}
