import { normalizeText, type NormalizedText } from '../engine/normalize-text';
import type { Span } from '../engine/types';
import { INVISIBLE } from '../extract/collect-paragraphs';

/** A stretch of text to highlight, coloured by the outlet (list index) it is shared with. */
export interface PageMark extends Span {
  outlet: number;
}

/** Where marks given in the article's text lie in the page's text. */
export interface LocatedMarks {
  /** Ranges of the page's text, in the order found. */
  located: PageMark[];
  /** Marks with words that could not be placed in the page's text. */
  missing: number;
}

/** A mark searched for alone (its paragraph not found whole) needs this many words. */
const MIN_ALONE_WORDS = 2;

/**
 * Places marks on the article's text (`marks` index `articleText`) in the text of the page it
 * was extracted from. Extraction keeps each paragraph's words but not the page's markup, so
 * each paragraph holding marks is found whole in the page, compared as the engine compares
 * (normalised words: case, quotes, dashes, spacing do not matter), searching on from the
 * previous paragraph; a mark then lands exactly where its words are in that paragraph. A
 * paragraph the page does not hold whole (an inline box in the middle, text the extraction
 * cleaned) has each of its marks of two words or more searched for alone.
 */
export function locateMarks(
  pageText: string,
  articleText: string,
  marks: readonly PageMark[],
): LocatedMarks {
  const page = normalizeVisible(pageText);
  const out: LocatedMarks = { located: [], missing: 0 };
  let cursor = 0;
  for (const { span, marks: inside } of byParagraph(articleText, marks)) {
    const original = articleText.slice(span.start, span.end);
    const paragraph = normalizeText(original);
    const at = findWords(page.text, paragraph.text, cursor);
    for (const mark of inside) {
      const local = { start: mark.start - span.start, end: mark.end - span.start };
      const words = wordRange(paragraph, local);
      if (!words) continue; // punctuation only: nothing to show
      let placed: Span | null = null;
      if (at >= 0) {
        placed = { start: at + words.start, end: at + words.end };
      } else {
        const alone = paragraph.text.slice(words.start, words.end);
        if (alone.split(' ').length >= MIN_ALONE_WORDS) {
          const found = findWords(page.text, alone, cursor);
          if (found >= 0) placed = { start: found, end: found + alone.length };
        }
      }
      if (!placed) {
        out.missing++;
        continue;
      }
      // The mark's punctuation next to its words ("noon." or a quote's opening mark) goes
      // with it as far as the page has the same characters there.
      let start = page.starts[placed.start]!;
      let end = page.ends[placed.end - 1]!;
      const head = original.slice(local.start, paragraph.starts[words.start]!);
      const tail = original.slice(paragraph.ends[words.end - 1]!, local.end);
      for (let k = head.length - 1; k >= 0 && isSame(head[k]!, pageText[start - 1]); k--) start--;
      for (let k = 0; k < tail.length && isSame(tail[k]!, pageText[end]); k++) end++;
      out.located.push({ start, end, outlet: mark.outlet });
      if (at < 0) cursor = placed.end;
    }
    if (at >= 0) cursor = at + paragraph.text.length;
  }
  return out;
}

/**
 * `normalizeText` of the page's text as extraction saw it: without the soft hyphens and
 * zero-width spaces some outlets put inside words ("Vladi\u00admir"), which extraction drops,
 * the offsets still pointing into the page's text.
 */
function normalizeVisible(pageText: string): NormalizedText {
  if (pageText.search(INVISIBLE) < 0) return normalizeText(pageText);
  // kept[i]: where the i-th character left in lies in the page's text.
  const kept = new Int32Array(pageText.length);
  let visible = '';
  let n = 0;
  let from = 0;
  for (const hit of [...pageText.matchAll(INVISIBLE), { index: pageText.length }]) {
    visible += pageText.slice(from, hit.index);
    for (let i = from; i < hit.index; i++) kept[n++] = i;
    from = hit.index + 1;
  }
  const norm = normalizeText(visible);
  return {
    text: norm.text,
    starts: norm.starts.map((i) => kept[i]!),
    ends: norm.ends.map((i) => kept[i - 1]! + 1),
  };
}

/** The same character, and not a space (a passage's edges are never spaces). */
function isSame(ch: string, pageCh: string | undefined): boolean {
  return ch === pageCh && !/\s/.test(ch);
}

/** Paragraphs (split at blank lines, as the article text is) that hold marks, with them. */
function byParagraph(
  text: string,
  marks: readonly PageMark[],
): { span: Span; marks: PageMark[] }[] {
  const sorted = [...marks].sort((x, y) => x.start - y.start);
  const out: { span: Span; marks: PageMark[] }[] = [];
  let from = 0;
  let next = 0;
  for (const br of [...text.matchAll(/\n\s*\n/g), { index: text.length, 0: '' }]) {
    const span = { start: from, end: br.index };
    const inside: PageMark[] = [];
    // A mark crossing a paragraph break is cut at it: each piece is found in its paragraph.
    while (next < sorted.length && sorted[next]!.start < span.end) {
      const m = sorted[next]!;
      const start = Math.max(m.start, span.start);
      const end = Math.min(m.end, span.end);
      if (end > start) inside.push({ start, end, outlet: m.outlet });
      if (m.end > span.end + br[0].length) break;
      next++;
    }
    if (inside.length > 0) out.push({ span, marks: inside });
    from = br.index + br[0].length;
  }
  return out;
}

/**
 * The normalised characters a range of the original text produced, from its first word
 * character to its last; null when it holds none.
 */
function wordRange(norm: NormalizedText, range: Span): Span | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < norm.text.length; i++) {
    if (norm.text[i] === ' ') continue;
    if (norm.starts[i]! >= range.start && norm.ends[i]! <= range.end) {
      if (start < 0) start = i;
      end = i + 1;
    } else if (start >= 0 && norm.starts[i]! >= range.end) break;
  }
  return start < 0 ? null : { start, end };
}

/**
 * Index of `words` in `text` (both normalised: words joined by single spaces) on word
 * boundaries, searching from `from` first and then from the start; -1 when absent.
 */
function findWords(text: string, words: string, from: number): number {
  if (!words) return -1;
  for (const start of from > 0 ? [from, 0] : [0]) {
    let at = text.indexOf(words, start);
    while (at >= 0) {
      const before = at === 0 || text[at - 1] === ' ';
      const after = at + words.length === text.length || text[at + words.length] === ' ';
      if (before && after) return at;
      at = text.indexOf(words, at + 1);
    }
  }
  return -1;
}
