import { likelyOrigin, type OriginCandidate } from '../engine/index';
import type { ArticleMatch, OriginView } from '../match-result';
import type { MatchQuery } from './match-article';

/** The likely origin among the article being read and the other outlets sharing its text. */
export function originOf(query: MatchQuery, others: readonly ArticleMatch[]): OriginView | null {
  if (others.length === 0) return null;
  const self: OriginCandidate<string | null> = {
    id: null,
    outlet: query.outlet,
    publishedTime: query.publishedTime ?? null,
    // Not stored yet means read just now: later than anything stored.
    firstSeen: query.firstSeen ?? Number.MAX_SAFE_INTEGER,
    credits: query.credits ?? [],
  };
  const group = [self, ...others.map((m) => ({ ...m, id: m.url as string | null }))];
  const origin = likelyOrigin(group);
  if (!origin) return null;
  if (origin.kind === 'agency') {
    return { name: origin.agency, url: null, isThisArticle: false, reason: 'agency' };
  }
  return {
    name: origin.outlet,
    url: origin.id,
    isThisArticle: origin.id === null,
    reason: origin.reason,
  };
}
