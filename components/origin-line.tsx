import type { OriginView } from '../utils/match-result';
import { ArticleLink } from './article-link';

const REASON = {
  published: 'published first',
  'first-seen': 'read first; no publication time',
  agency: 'credited wire agency',
} as const;

/** One line saying where the shared text most likely comes from. */
export function OriginLine({ origin }: { origin: OriginView }) {
  const why =
    origin.url === null && origin.reason === 'agency'
      ? 'credited as the source; its own copy is not among your saved articles'
      : REASON[origin.reason];
  return (
    <p class="origin" data-origin={origin.name}>
      Likely origin:{' '}
      <strong>
        {origin.isThisArticle ? (
          'this article'
        ) : origin.url ? (
          <ArticleLink url={origin.url}>{origin.name}</ArticleLink>
        ) : (
          <bdi>{origin.name}</bdi>
        )}
      </strong>{' '}
      <span class="muted">({why})</span>
    </p>
  );
}
