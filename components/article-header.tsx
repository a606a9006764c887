import type { ArticleView } from '../utils/match-result';
import { formatDate } from '../utils/format-date';
import { shownByline } from '../utils/shown-byline';

/** Title, outlet, byline, date and wire credits of the article being shown. */
export function ArticleHeader({ article }: { article: ArticleView }) {
  const date = formatDate(article.publishedTime ?? article.firstSeen);
  const byline = shownByline(article.byline, article.credits);
  return (
    <header class="article-header">
      <div class="outlet">
        {article.outlet}
        {date ? <span class="muted"> · {date}</span> : null}
      </div>
      <h1 class="title">{article.title}</h1>
      {byline ? <div class="muted">{byline}</div> : null}
      {article.credits.length > 0 ? (
        <div class="credits">Wire credit: {article.credits.join(', ')}</div>
      ) : null}
    </header>
  );
}
