import { NON_WORD_CHAR } from './char-ranges.ts';
import { titleTokens } from './title-tokens.ts';

/** Separators outlets put between a headline and their name, section or date. */
const SEPARATOR = /\s+(?:[|\-–—»·•]|::)\s+|\s*[|_]\s*|\s+(?=[[(（【][^\])）】]*[\])）】]$)/u;
const STARTS_WITH_SEPARATOR = /^\s*[|\-–—_:»·•[(（【]/u;
const ENDS_WITH_SEPARATOR = /[|\-–—_:»·•]\s*$/u;
const DATE_SEGMENT = /^[\d\s./-]{6,}$|^\w{3,9}\.? \d{1,2},? \d{4}$/;

/**
 * Removes the outlet's name (and the section or date that often comes with it) from
 * either end of a page title. A heading on the page that equals the title minus such a
 * suffix settles it; otherwise only segments that match a known site name are dropped,
 * so headlines that merely contain a dash stay intact.
 */
export function stripTitleSuffix(
  title: string,
  siteNames: readonly string[],
  headings: readonly string[],
): string {
  const text = collapse(title);
  for (const heading of headings.map(collapse)) {
    // Very short headings (a logo, "News") are not the headline; CJK characters count as words.
    if (titleTokens(heading).length < 3 || heading === text) continue;
    if (text.startsWith(heading) && STARTS_WITH_SEPARATOR.test(text.slice(heading.length)))
      return heading;
    if (text.endsWith(heading) && ENDS_WITH_SEPARATOR.test(text.slice(0, -heading.length)))
      return heading;
  }
  return stripSiteSegments(text, siteNames);
}

function stripSiteSegments(text: string, siteNames: readonly string[]): string {
  const segments = text
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 2) return text;
  const isSite = (segment: string) => siteNames.some((name) => sameSite(segment, name));
  let end = segments.length;
  if (isSite(segments[end - 1] ?? '')) {
    end--;
    // "Headline - Section - 21/12/2018 - Site": short segments before the name go too.
    while (end > 1 && isMinorSegment(segments[end - 1] ?? '')) end--;
  }
  const start = end > 1 && isSite(segments[0] ?? '') ? 1 : 0;
  if (start === 0 && end === segments.length) return text;
  return sliceSegments(text, segments, start, end);
}

function isMinorSegment(segment: string): boolean {
  return DATE_SEGMENT.test(segment) || !/\s/.test(segment);
}

/** Cuts the original text (keeping its inner separators) between two segments. */
function sliceSegments(text: string, segments: string[], start: number, end: number): string {
  const first = segments[start] ?? '';
  const last = segments[end - 1] ?? '';
  const from = text.indexOf(first);
  const to = text.indexOf(last, from) + last.length;
  return from >= 0 && to > from ? text.slice(from, to).trim() : text;
}

const NON_WORD = new RegExp(NON_WORD_CHAR, 'g');

/** Site names compared without case, punctuation, "www." or "the": "the Guardian" = "The Guardian". */
export function sameSite(segment: string, siteName: string): boolean {
  const a = siteKey(segment);
  const b = siteKey(siteName);
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a)));
}

function siteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[[(（【]|[\])）】]$/gu, '')
    .replace(/^(the|www\.)\s*/, '')
    .replace(/\.(com|net|org|co\.uk|[a-z]{2})$/, '')
    .replace(NON_WORD, '');
}

function collapse(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
