/** "By", "Par", "Von"... in front of the names. */
const LEADING_BY = /^(by|par|por|von|door|av|af|από|автор|作者)\s*[:\s]\s*/iu;
/** Where a date or time starts inside a byline: "Jane Doe 22 Dec 2016", "Updated 3:46 PM". */
const DATE_START =
  /\s*(\d{1,2}(st|nd|rd|th)?\.?\s+[\p{L}]{3,9}\.?,?\s+\d{4}|[\p{L}]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|\d+\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago|\b(updated|published|posted|veröffentlicht|publié|publicado)\b).*$/isu;
const MAX_BYLINE = 150;

/**
 * Cleans an author line: collapses whitespace, drops a leading "By" and anything from the
 * first date or time on. Returns null when nothing name-like is left (a byline slot that
 * only held a date) or when it is too long to be a byline (a paragraph caught by mistake).
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_BY, '')
    .replace(DATE_START, '')
    .replace(/[\s,;|\-–—•·]+$/u, '')
    .trim();
  if (!/\p{L}{2,}/u.test(text) || text.length > MAX_BYLINE || /^https?:\/\//i.test(text))
    return null;
  return text;
}
