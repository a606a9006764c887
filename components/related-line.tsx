import type { RelatedView } from '../utils/match-result';
import { formatDate } from '../utils/format-date';
import { ArticleLink } from './article-link';

/**
 * For a brief no other outlet shares a passage with: the saved story it most likely retells,
 * and the shared words that point to it, so the reader can judge the link themselves: it
 * rests on words alone, never on shared passages.
 */
export function RelatedLine({ related }: { related: RelatedView }) {
  const date = formatDate(related.publishedTime ?? related.firstSeen);
  return (
    <p class="notice related" data-related-url={related.url}>
      <strong>Possibly the same story as</strong>
      <ArticleLink url={related.url}>{related.title || related.url}</ArticleLink>{' '}
      <span class="muted">
        (<bdi>{related.outlet}</bdi>
        {date ? `, ${date}` : ''})
      </span>
      <br />
      <span class="muted">
        No passage is shared, but both use the words <bdi>{related.words.join(', ')}</bdi>.
      </span>
    </p>
  );
}
