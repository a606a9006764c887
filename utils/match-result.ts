import type { ExtractedArticle } from './article';
import type { Derivation, Passage } from './engine/types';

/** Another stored article that shares text with the one being read. */
export interface ArticleMatch {
  articleId: number;
  outlet: string;
  title: string;
  url: string;
  publishedTime: string | null;
  firstSeen: number;
  credits: string[];
  /** Share of this article's words found in the other, 0-100. */
  cut: number;
  /** Share of the other's words found in this one, 0-100. */
  paste: number;
  longestWords: number;
  derivation: Derivation;
  /** `a` ranges index this article's text, `b` ranges the other's. */
  passages: Passage[];
}

/** Everything the popup and saved page show for one article. */
export interface MatchReport {
  /** Matches from other outlets, strongest (highest cut %) first. */
  otherOutlets: ArticleMatch[];
  /** Matches from the article's own outlet (updates, reposts), reported apart. */
  sameOutlet: ArticleMatch[];
}

/** The article as the popup needs it: stored id when saved, plus the extracted fields. */
export interface ArticleView extends ExtractedArticle {
  id: number | null;
  firstSeen: number | null;
}
