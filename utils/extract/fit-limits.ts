import type {
  ExtractedArticle,
  ExtractionFailed,
  ExtractionResult,
  PageScan,
  ScanResult,
} from '../article.ts';
import { PARAGRAPH_SEPARATOR } from '../article.ts';
import { plural } from '../plural.ts';
import { LIMITS } from '../validate-request.ts';

/**
 * Makes an extracted article fit the limits the background checks every message against
 * (LIMITS in validate-request.ts), or says why it cannot. A page past them would otherwise
 * be dropped by the background without a word, and its popup would say nothing was read.
 * Over-long title, byline or outlet are cut (a broken page's metadata, not its text); text
 * is never cut, since a passage found in half an article would mislead: a page (or a pasted
 * text) with more text, or an address longer, than Wiretrace handles says so.
 */
export function fitLimits(article: ExtractedArticle): ExtractionResult {
  const { text, paragraphs, url } = article;
  const over = overLimits(text.length, paragraphs.length, url);
  if (over) return over;
  return {
    ok: true,
    article: {
      ...article,
      ...fitFields(article),
      byline: article.byline === null ? null : cut(article.byline, LIMITS.fieldChars),
      credits: article.credits
        .filter((c) => c.length <= LIMITS.shortChars)
        .slice(0, LIMITS.credits),
    },
  };
}

/**
 * The same for what the content script sends (a page scan), measured before the background's
 * text rules drop any line: a page is too long when its blocks are.
 */
export function fitScan(scan: PageScan): ScanResult {
  const { blocks, url } = scan;
  const chars = blocks.reduce((sum, block) => sum + block.length, 0);
  const joined = chars + PARAGRAPH_SEPARATOR.length * Math.max(0, blocks.length - 1);
  const over = overLimits(joined, blocks.length, url);
  if (over) return over;
  const names = (values: string[]) =>
    values.filter((v) => v.length <= LIMITS.fieldChars).slice(0, LIMITS.names);
  return {
    ok: true,
    scan: {
      ...scan,
      ...fitFields(scan),
      bylines: names(scan.bylines),
      creditHints: names(scan.creditHints),
    },
  };
}

/** Why a text of `chars` characters in `paragraphs` paragraphs at `url` cannot be taken. */
function overLimits(chars: number, paragraphs: number, url: string): ExtractionFailed | null {
  if (chars > LIMITS.textChars || paragraphs > LIMITS.paragraphs) {
    return tooLong(
      `${plural(chars, 'character')} of text in ` +
        `${plural(paragraphs, 'paragraph')}: more than ` +
        `Wiretrace compares (${LIMITS.textChars.toLocaleString()} characters and ` +
        `${LIMITS.paragraphs.toLocaleString()} paragraphs): a book, a transcript or a ` +
        'very long live blog?',
      url,
    );
  }
  if (url.length > LIMITS.fieldChars)
    return tooLong(
      `An address of ${plural(url.length, 'character')}: longer than Wiretrace stores ` +
        `(${LIMITS.fieldChars.toLocaleString()}).`,
      url.slice(0, LIMITS.fieldChars),
    );
  return null;
}

type Fields = Pick<PageScan, 'title' | 'outlet' | 'publishedTime' | 'modifiedTime' | 'lang'>;

function fitFields(value: Fields): Fields {
  return {
    title: cut(value.title, LIMITS.fieldChars),
    outlet: cut(value.outlet, LIMITS.fieldChars),
    publishedTime: short(value.publishedTime),
    modifiedTime: short(value.modifiedTime),
    lang: short(value.lang),
  };
}

function tooLong(message: string, url: string): ExtractionFailed {
  return { ok: false, reason: 'too-long', message, url };
}

function cut(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** A date or language longer than any real one is junk: dropped. */
function short(value: string | null): string | null {
  return value !== null && value.length <= LIMITS.shortChars ? value : null;
}
