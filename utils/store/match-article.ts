import { absentParagraphs, comparePair, lookupPrints, publishedAfter } from '../engine/index';
import type { ArticleMatch, MatchReport } from '../match-result';
import type { StoredArticle, WiretraceDb } from './db';
import {
  DEFAULT_CANDIDATE_OPTIONS,
  retrieveCandidates,
  type CandidateOptions,
} from './find-candidates';
import { readArticle } from './article-record';
import { longestUncommonWords } from './common-text';
import { findRelated } from './find-related';
import { originOf } from './origin-of';
import { storedRef } from './stored-ref';
import { syndicatedHolders } from './syndicated-holders';

/** What matching needs of the article being read (stored or not). */
export interface MatchQuery {
  text: string;
  outlet: string;
  /** The query's own id when it is stored, so it never matches itself. */
  id?: number;
  /** For choosing the likely origin. */
  publishedTime?: string | null;
  firstSeen?: number | null;
  credits?: readonly string[];
}

/**
 * Matches one article against every stored article: fingerprint retrieval narrows the store
 * to a few candidates, each is aligned, and those sharing at least one passage are reported,
 * other outlets apart from the article's own outlet: possible sources first (not published after
 * the article), strongest first within each. A brief no other outlet shares a passage with
 * gets the story it most likely retells instead (find-related.ts).
 */
export async function matchArticle(
  db: WiretraceDb,
  query: MatchQuery,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
  /** Look for the story a brief retells (find-related.ts): what the popup shows, not links. */
  withRelated = true,
): Promise<MatchReport> {
  const prints = lookupPrints(query.text);
  const { candidates, boilerplate, frequency } = await retrieveCandidates(db, prints, {
    ...options,
    excludeId: query.id,
  });
  const records = await db.articles.bulkGet(candidates.map((c) => c.articleId));
  const stored = records.map((r) => (r ? readArticle(r) : undefined));
  const matches: ArticleMatch[] = [];
  for (const other of stored) {
    if (!other) continue;
    const match = toMatch(query, other, boilerplate);
    if (match) matches.push(match);
  }
  // Possible sources first: a match published after this article is a copy of it, however
  // much it shares, so it never ranks as where these words come from.
  matches.sort((x, y) => Number(x.later) - Number(y.later) || y.cut - x.cut || y.paste - x.paste);
  const others = matches.filter((m) => m.outlet !== query.outlet);
  const common = commonPrints(boilerplate, frequency);
  const suspect = others.filter((m) => isChanceOverlap(query.text, m, common));
  const syndicated = await syndicatedAmong(db, suspect, frequency);
  const chance = new Set(suspect.filter((m) => !syndicated.has(m.articleId)));
  const otherOutlets = others.filter((m) => !chance.has(m));
  return {
    otherOutlets,
    chanceOverlaps: others.filter((m) => chance.has(m)),
    sameOutlet: matches.filter((m) => m.outlet === query.outlet),
    origin: originOf(query, otherOutlets),
    onlyHere:
      otherOutlets.length > 0
        ? absentParagraphs(
            query.text,
            otherOutlets.flatMap((m) => m.passages.map((p) => p.a)),
          )
        : [],
    // A brief rewritten from a wire story may share no passage with it, only its names.
    related: otherOutlets.length === 0 && withRelated ? await findRelated(db, query) : null,
  };
}

/** Below this many words, a longest passage in a non-derived pair is a stock phrase. */
export const CHANCE_PASSAGE_WORDS = 12;

/**
 * From this many other stored articles holding a fingerprint, its text is common text for
 * judging a non-derived pair: a line outlets stamp on their articles (newsletter prompt,
 * credit line) that the boilerplate cap has not caught yet in a small store. Only pairs the
 * engine already judges not derived are concerned, so a wire story republished this often
 * is still listed wherever it is really reused.
 */
export const COMMON_PRINT_ARTICLES = 5;

function commonPrints(
  boilerplate: ReadonlySet<number>,
  frequency: ReadonlyMap<number, number>,
): Set<number> {
  const common = new Set(boilerplate);
  for (const [hash, n] of frequency) if (n >= COMMON_PRINT_ARTICLES) common.add(hash);
  return common;
}

/**
 * A pair the engine judges not derived whose longest shared run outside common text is a
 * stock phrase ("said in a statement on Tuesday") is a coincidence, not reuse: kept apart so
 * the badge, the popup and the saved-article counts only speak of text really shared.
 */
function isChanceOverlap(text: string, m: ArticleMatch, common: ReadonlySet<number>): boolean {
  if (m.derivation !== 'non') return false;
  if (m.longestWords < CHANCE_PASSAGE_WORDS) return true;
  return (
    longestUncommonWords(
      text,
      m.passages.map((p) => p.a),
      common,
    ) < CHANCE_PASSAGE_WORDS
  );
}

/**
 * The pairs set aside only because their long passage is common text, whose holders turn
 * out to be copies of one syndicated story (syndicated-holders.ts): reuse, not a stamp.
 */
async function syndicatedAmong(
  db: WiretraceDb,
  chance: readonly ArticleMatch[],
  frequency: ReadonlyMap<number, number>,
): Promise<Set<number>> {
  const suspects = chance.filter((m) => m.longestWords >= CHANCE_PASSAGE_WORDS);
  if (suspects.length === 0) return new Set();
  const prints = await db.prints.bulkGet(suspects.map((m) => m.articleId));
  return syndicatedHolders(
    suspects.map((m, i) => ({ articleId: m.articleId, prints: prints[i]?.hashes ?? [] })),
    frequency,
  );
}

function toMatch(
  query: MatchQuery,
  other: StoredArticle,
  boilerplate: ReadonlySet<number>,
): ArticleMatch | null {
  const score = comparePair(query.text, other.text, undefined, boilerplate);
  if (score.passages.length === 0) return null;
  const dropped = absentParagraphs(
    other.text,
    score.passages.map((p) => p.b),
  );
  return {
    ...storedRef(other),
    credits: other.credits,
    cut: score.cut,
    paste: score.paste,
    longestWords: score.longestWords,
    derivation: score.derivation,
    passages: score.passages,
    droppedParagraphs: dropped.map((s) => other.text.slice(s.start, s.end)),
    later: publishedAfter(other.publishedTime, query.publishedTime),
  };
}
