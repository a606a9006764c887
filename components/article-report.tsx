import type { ComponentChildren } from 'preact';
import type { CompareFrom } from '../utils/compare-link';
import type { ArticleView, MatchReport } from '../utils/match-result';
import { ArticleHeader } from './article-header';
import { HighlightedText } from './highlighted-text';
import { MatchList } from './match-list';
import { OriginLine } from './origin-line';
import { RelatedLine } from './related-line';
import { langAttr } from '../utils/text-lang';

interface ArticleReportProps {
  article: ArticleView;
  report: MatchReport;
  /** Where "Side by side" opens: `_blank` from the popup, in place on the saved page. */
  compareTarget?: string;
  /**
   * What "Side by side" shows on the left for an article not stored (`article.id` null): its
   * tab, from the popup. None when unset, as in a private window.
   */
  unsavedFrom?: CompareFrom | null;
  /** "Side by side" for an article with neither id nor tab: see MatchList. */
  onCompare?: (otherId: number) => void;
  /** Shown under the other outlets when there are any (the popup's "Highlight on the page"). */
  actions?: ComponentChildren;
}

/** One article with the outlets sharing its text and the shared passages highlighted. */
export function ArticleReport({
  article,
  report,
  compareTarget,
  unsavedFrom = null,
  onCompare,
  actions,
}: ArticleReportProps) {
  const others = report.otherOutlets;
  const compareFrom = article.id !== null ? { id: article.id } : unsavedFrom;
  return (
    <div class="article-report">
      <ArticleHeader article={article} />
      <section>
        <h2>Other outlets sharing this text</h2>
        {report.origin ? <OriginLine origin={report.origin} /> : null}
        {others.length > 0 ? (
          <>
            <MatchList
              matches={others}
              compareFrom={compareFrom}
              compareTarget={compareTarget}
              onCompare={onCompare}
            />
            {actions}
          </>
        ) : (
          <p class="notice" data-notice="nothing-shared">
            Nothing shared yet: no other outlet among your saved articles shares text with this one.
            Wiretrace compares every article you read with all the ones read before.
          </p>
        )}
        {others.length === 0 && report.related ? <RelatedLine related={report.related} /> : null}
      </section>
      {report.sameOutlet.length > 0 ? (
        <section>
          <h2>Same outlet ({article.outlet})</h2>
          <MatchList
            matches={report.sameOutlet}
            colored={false}
            firstNumber={others.length + 1}
            compareFrom={compareFrom}
            compareTarget={compareTarget}
            onCompare={onCompare}
          />
        </section>
      ) : null}
      <section>
        <h2>{others.length > 0 ? 'Shared passages' : 'Text'}</h2>
        <HighlightedText
          text={article.text}
          matches={others}
          onlyHere={report.onlyHere}
          lang={langAttr(article.lang)}
        />
      </section>
    </div>
  );
}
