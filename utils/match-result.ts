import type { ExtractedArticle } from './article';
import type { Derivation, Passage, Span } from './engine/types';

/** What the popup shows to name a stored article and link to it. */
export interface StoredRef {
  articleId: number;
  outlet: string;
  title: string;
  url: string;
  publishedTime: string | null;
  firstSeen: number;
}

/** Another stored article that shares text with the one being read. */
export interface ArticleMatch extends StoredRef {
  credits: string[];
  /** Share of this article's words found in the other, 0-100. */
  cut: number;
  /** Share of the other's words found in this one, 0-100. */
  paste: number;
  longestWords: number;
  derivation: Derivation;
  /** `a` ranges index this article's text, `b` ranges the other's. */
  passages: Passage[];
  /** Paragraphs of the other article not found in this one: what this outlet left out. */
  droppedParagraphs: string[];
  /** Published after this article (both dates known): a copy of it, never its source. */
  later: boolean;
}

/** Where the shared text most likely comes from, and why. */
export interface OriginView {
  /** Outlet or agency name. */
  name: string;
  /** The stored article judged the origin, or null for an agency whose copy was never read. */
  url: string | null;
  /** True when the article being read is itself the likely origin. */
  isThisArticle: boolean;
  reason: 'published' | 'first-seen' | 'agency';
}

/**
 * For a brief that shares no passage with any other outlet: the stored story it most likely
 * retells (engine/related-story.ts), found by the rarer words both use.
 */
export interface RelatedView extends StoredRef {
  /** 0-1, see `relatedStory`. */
  similarity: number;
  /** Shared words as the brief spells them, rarest and longest first. */
  words: string[];
}

/** Everything the popup and saved page show for one article. */
export interface MatchReport {
  /**
   * Matches from other outlets, strongest (highest cut %) first; those published after the
   * article (copies of it, never its source) come after all the others.
   */
  otherOutlets: ArticleMatch[];
  /** Other-outlet pairs sharing only stock phrases: not shown as sources, kept for evaluation. */
  chanceOverlaps: ArticleMatch[];
  /** Matches from the article's own outlet (updates, reposts), reported apart. */
  sameOutlet: ArticleMatch[];
  /** Likely origin among this article and the other outlets sharing its text; null if none share. */
  origin: OriginView | null;
  /** Paragraphs of this article found in no other outlet's stored article. */
  onlyHere: Span[];
  /** Only for a brief no other outlet shares a passage with; null otherwise. */
  related: RelatedView | null;
}

/** The article as the popup needs it: stored id when saved, plus the extracted fields. */
export interface ArticleView extends ExtractedArticle {
  id: number | null;
  firstSeen: number | null;
}
