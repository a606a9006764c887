import { NON_WORD_CHAR } from './char-ranges.ts';
import { boilerplateKind } from './boilerplate-kind.ts';
import { cleanByline } from './clean-byline.ts';
import { isDateLine } from './is-date-line.ts';

/** Shorter repeated lines ("Yes.", a recurring subhead) may legitimately recur. */
const MIN_REPEAT = 30;
/** How far into the text a repeated headline, byline or date line is looked for. */
const HEADER_PARAGRAPHS = 4;

/** A short line at the top of the text that starts like a byline: "By Jane Roe", "Par ...". */
const BYLINE_LINE = /^(by|par|por|von|door|av)\s+\p{Lu}/iu;
const MAX_BYLINE_LINE = 100;

/** The article's prose, and what was taken out of it but still matters. */
export interface ArticleText {
  paragraphs: string[];
  /** Copyright lines removed from the text (they still name the agency). */
  copyrightLines: string[];
  /** The byline passed in, else one found as a "By ..." line at the top of the text. */
  byline: string | null;
}

/**
 * The article's paragraphs from the text of its blocks (`PageScan.blocks`): boilerplate lines
 * dropped, and the headline, byline or date repeated at the top of the text removed (the
 * popup shows those separately, and they are not shared prose). Pure string work: it runs in
 * the background, on what the content script read.
 */
export function articleText(
  blocks: readonly string[],
  title: string,
  byline: string | null,
): ArticleText {
  const paragraphs: string[] = [];
  const copyrightLines: string[] = [];
  // Slideshows and pull quotes repeat paragraphs word for word; the text keeps the first.
  const seen = new Set<string>();
  for (const paragraph of blocks) {
    const kind = boilerplateKind(paragraph);
    if (kind === 'copyright') copyrightLines.push(paragraph);
    else if (!kind && !(paragraph.length > MIN_REPEAT && seen.has(paragraph)))
      paragraphs.push(paragraph);
    seen.add(paragraph);
  }
  const found = byline ?? bylineInText(paragraphs);
  return {
    paragraphs: dropRepeatedHeader(paragraphs, title, found),
    copyrightLines,
    byline: found,
  };
}

function bylineInText(paragraphs: string[]): string | null {
  const line = paragraphs
    .slice(0, HEADER_PARAGRAPHS)
    .find((p) => p.length <= MAX_BYLINE_LINE && BYLINE_LINE.test(p));
  return line ? cleanByline(line) : null;
}

function dropRepeatedHeader(paragraphs: string[], title: string, byline: string | null): string[] {
  const titleKey = key(title);
  const bylineKey = byline ? key(byline) : null;
  return paragraphs.filter((paragraph, index) => {
    if (index >= HEADER_PARAGRAPHS) return true;
    if (key(paragraph) === titleKey) return false;
    if (bylineKey && paragraph.length < 200 && key(cleanByline(paragraph) ?? '') === bylineKey)
      return false;
    return !isDateLine(paragraph);
  });
}

/** Space, punctuation and symbols, which a comparison key leaves out. */
const NON_WORD = new RegExp(`${NON_WORD_CHAR}+`, 'g');

function key(text: string): string {
  return text.toLowerCase().replace(NON_WORD, '');
}
