import { isBrief, relatedStory } from '../engine/related-story';
import type { RelatedView } from '../match-result';
import { readArticle, type ArticleRecord } from './article-record';
import type { WiretraceDb } from './db';
import { storedRef } from './stored-ref';

/**
 * How many stored articles, on each side of the one being matched by first-seen time, a
 * brief's related story is looked for among: those read just before it (and just after, for
 * an article read again later). A wire story and the briefs rewritten from it are read within
 * days of each other, and the bound keeps a lookup's cost the same at any store size: one
 * index range read and tokenising these texts (25-40 ms in Node for 150 articles of 600
 * words; a brief's whole match took 92 ms in Chromium, against 32 ms for a new article of
 * ordinary length, with 10,000 stored).
 */
export const RELATED_NEIGHBOURS = 150;

/** What finding a related story needs of the article being matched. */
export interface RelatedQuery {
  text: string;
  outlet: string;
  id?: number;
  firstSeen?: number | null;
}

/**
 * The story another outlet told that a brief most likely retells (engine/related-story.ts),
 * among the articles read around the same time; null for an article longer than a brief or
 * when none is similar enough. Only called when no other outlet shares a passage with it.
 */
export async function findRelated(
  db: WiretraceDb,
  query: RelatedQuery,
  now: number = Date.now(),
): Promise<RelatedView | null> {
  if (!isBrief(query.text)) return null;
  const time = query.firstSeen ?? now;
  const [before, after] = await db.transaction('r', db.articles, () =>
    Promise.all([
      db.articles
        .where('firstSeen')
        .belowOrEqual(time)
        .reverse()
        .limit(RELATED_NEIGHBOURS)
        .toArray(),
      db.articles.where('firstSeen').above(time).limit(RELATED_NEIGHBOURS).toArray(),
    ]),
  );
  const others = [...before, ...after]
    .filter((r: ArticleRecord) => r.id !== query.id && r.outlet !== query.outlet)
    .map(readArticle);
  const pick = relatedStory(
    query.text,
    others.map((a) => ({ id: a.id, text: a.text })),
  );
  const story = pick && others.find((a) => a.id === pick.id);
  if (!pick || !story) return null;
  return { ...storedRef(story), similarity: pick.similarity, words: pick.words };
}
