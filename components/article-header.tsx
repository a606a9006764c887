import type { ArticleView } from '../utils/match-result';
import { formatDate } from '../utils/format-date';
import { shownByline } from '../utils/shown-byline';
import { langAttr } from '../utils/text-lang';

/** Title, outlet, byline, date and wire credits of the article being shown. */
export function ArticleHeader({ article }: { article: ArticleView }) {
  const date = formatDate(article.publishedTime ?? article.firstSeen);
  const byline = shownByline(article.byline, article.credits);
  const lang = langAttr(article.lang);
  return (
    <header class="article-header">
      <div class="outlet">
        <bdi>{article.outlet}</bdi>
        {date ? <span class="muted"> · {date}</span> : null}
      </div>
      {/* The page's own words: in their language and direction (an Arabic title reads right to left). */}
      <h1 class="title" lang={lang} dir="auto">
        {article.title}
      </h1>
      {byline ? (
        <div class="muted" lang={lang} dir="auto">
          {byline}
        </div>
      ) : null}
      {article.credits.length > 0 ? (
        <div class="credits">Wire credit: {article.credits.join(', ')}</div>
      ) : null}
    </header>
  );
}
