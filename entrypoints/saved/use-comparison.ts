import { useEffect, useState } from 'preact/hooks';
import { findMatch, parseCompareHash, type ComparePair } from '../../utils/compare-link';
import type { ArticleMatch, ArticleView, MatchReport } from '../../utils/match-result';
import { sendRequest } from '../../utils/send-request';
import { errorMessage } from '../../utils/error-message';

/** Two stored articles and the left one's match for the right: what SideBySide shows. */
export interface Comparison {
  left: ArticleView;
  right: ArticleView;
  match: ArticleMatch;
}

/**
 * The comparison the page's hash names (`#compare=<id>-<otherId>`, or `tab<tabId>-<otherId>`
 * for an article read and not saved, from a "Side by side" link here or in the popup), loaded
 * whenever the hash changes; or one `showPasted` was handed for a text pasted into "Check a
 * text", which has no address. `close` clears both.
 */
export function useComparison(onError: (message: string) => void) {
  const [fromHash, setFromHash] = useState<Comparison | null>(null);
  const [pasted, setPasted] = useState<Comparison | null>(null);
  useEffect(() => {
    let latest = 0;
    const show = () => {
      const pair = parseCompareHash(location.hash);
      const ticket = ++latest;
      if (!pair) return setFromHash(null);
      loadComparison(pair).then(
        // A slower answer for an earlier hash must not replace the current one.
        (c) => {
          if (ticket !== latest) return;
          // The link followed last is what the reader wants to see.
          setPasted(null);
          setFromHash(c);
        },
        (e: unknown) => ticket === latest && onError(errorMessage(e)),
      );
    };
    show();
    addEventListener('hashchange', show);
    return () => removeEventListener('hashchange', show);
  }, []);
  return {
    comparison: pasted ?? fromHash,
    showPasted: (mine: Analysed, otherId: number) => {
      sendRequest('get-article', { id: otherId })
        .then((theirs) => {
          setPasted(compared(mine, theirs, otherId));
          // Otherwise the same link clicked again after this would not change the hash.
          if (location.hash) location.hash = '';
        })
        .catch((e: unknown) => onError(errorMessage(e)));
    },
    close: () => {
      setPasted(null);
      location.hash = '';
    },
  };
}

/** An article and its report: what the left column shows, and its match for the right. */
export type Analysed = { article: ArticleView; report: MatchReport };

async function loadComparison(pair: ComparePair): Promise<Comparison> {
  const [mine, theirs] = await Promise.all([
    'tabId' in pair ? tabArticle(pair.tabId) : sendRequest('get-article', { id: pair.id }),
    sendRequest('get-article', { id: pair.otherId }),
  ]);
  return compared(mine, theirs, pair.otherId);
}

function compared(mine: Analysed | null, theirs: Analysed | null, otherId: number): Comparison {
  if (!mine || !theirs) throw new Error('One of the two articles to compare is no longer saved.');
  const match = findMatch(mine.report, otherId);
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
