import { useEffect, useState } from 'preact/hooks';
import { findMatch, parseCompareHash, type ComparePair } from '../../utils/compare-link';
import type { ArticleMatch, ArticleView } from '../../utils/match-result';
import { sendRequest } from '../../utils/send-request';

/** Two stored articles and the left one's match for the right: what SideBySide shows. */
export interface Comparison {
  left: ArticleView;
  right: ArticleView;
  match: ArticleMatch;
}

/**
 * The comparison the page's hash names (`#compare=<id>-<otherId>`, or `tab<tabId>-<otherId>`
 * for an article read and not saved, from a "Side by side" link here or in the popup), loaded
 * whenever the hash changes; `close` clears the hash.
 */
export function useComparison(onError: (message: string) => void) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  useEffect(() => {
    let latest = 0;
    const show = () => {
      const pair = parseCompareHash(location.hash);
      const ticket = ++latest;
      if (!pair) return setComparison(null);
      loadComparison(pair).then(
        // A slower answer for an earlier hash must not replace the current one.
        (c) => ticket === latest && setComparison(c),
        (e: unknown) => ticket === latest && onError(e instanceof Error ? e.message : String(e)),
      );
    };
    show();
    addEventListener('hashchange', show);
    return () => removeEventListener('hashchange', show);
  }, []);
  return { comparison, close: () => (location.hash = '') };
}

async function loadComparison(pair: ComparePair): Promise<Comparison> {
  const [mine, theirs] = await Promise.all([
    'tabId' in pair ? tabArticle(pair.tabId) : sendRequest('get-article', { id: pair.id }),
    sendRequest('get-article', { id: pair.otherId }),
  ]);
  if (!mine || !theirs) throw new Error('One of the two articles to compare is no longer saved.');
  const match = findMatch(mine.report, pair.otherId);
  if (!match)
    throw new Error(
      `"${mine.article.title}" and "${theirs.article.title}" share no text among your saved articles.`,
    );
  return { left: mine.article, right: theirs.article, match };
}

/**
 * The article read in a tab and its report, as the popup showed them: an article not saved
 * exists nowhere else. Gone once the tab is closed or shows another page.
 */
async function tabArticle(tabId: number) {
  const result = await sendRequest('get-tab-result', { tabId });
  if (!result?.article)
    throw new Error(
      'The tab with that article is closed or shows another page now. Open "Side by side" from the popup again.',
    );
  return { article: result.article, report: result.report };
}
