import { WORD_LETTER } from './char-ranges.ts';

/** "By", "Par", "Von"... in front of the names. */
const LEADING_BY = /^(by|par|por|von|door|av|af|από|автор|作者)\s*[:\s]\s*/iu;
/** A month's name or abbreviation, in any script. */
const MONTH = `${WORD_LETTER}{3,9}`;
/**
 * Where a date or time starts inside a byline: "Jane Doe 22 Dec 2016", "March 25, 2015",
 * "2016-12-22", "3:46 PM". Written without the `u` flag (char-ranges.ts says why).
 */
const DATE_START = new RegExp(
  String.raw`\s*(\d{1,2}(st|nd|rd|th)?\.?\s+${MONTH}\.?,?\s+\d{4}|${MONTH}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2})`,
);
/**
 * Where a time stamp's words start: "Updated", "3 hours ago". Apart from DATE_START because
 * it needs the `i` flag, which makes a pattern of wide character ranges slow to compile.
 */
const STAMP_START =
  /\s*(\d+\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago|\b(updated|published|posted|veröffentlicht|publié|publicado)(?!\w))/i;
/** Two letters in a row: something name-like. */
const HAS_NAME = new RegExp(`${WORD_LETTER}{2}`);
const MAX_BYLINE = 150;

/**
 * Cleans an author line: collapses whitespace, drops a leading "By" and anything from the
 * first date or time on. Returns null when nothing name-like is left (a byline slot that
 * only held a date) or when it is too long to be a byline (a paragraph caught by mistake).
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = beforeDate(raw.replace(/\s+/g, ' ').trim().replace(LEADING_BY, ''))
    .replace(/[\s,;|\-–—•·]+$/, '')
    .trim();
  if (!HAS_NAME.test(text) || text.length > MAX_BYLINE || /^https?:\/\//i.test(text)) return null;
  return text;
}

/** The text before its first date, time or time stamp (all of it when there is none). */
function beforeDate(text: string): string {
  const starts = [text.search(DATE_START), text.search(STAMP_START)].filter((at) => at >= 0);
  return starts.length ? text.slice(0, Math.min(...starts)) : text;
}
