/** Half-open character range [start, end) into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** One shared passage: where it sits in this article (`a`) and in the other (`b`). */
export interface Passage {
  a: Span;
  b: Span;
}

/** METER's three classes: how much of this article derives from the other. */
export type Derivation = 'wholly' | 'partially' | 'non';

/** The comparison of this article (a) with one other article (b). */
export interface PairScore {
  /** Share of a's words inside shared passages, 0-100. */
  cut: number;
  /** Share of b's words inside shared passages, 0-100. */
  paste: number;
  /** Length in words of the longest shared passage. */
  longestWords: number;
  derivation: Derivation;
  /** Sorted by `a.start`. */
  passages: Passage[];
}
