import { collectParagraphs } from './collect-paragraphs.ts';
import { removeJunkElements } from './remove-junk-elements.ts';
import { isBoilerplateLine } from './is-boilerplate-line.ts';
import { cleanByline } from './clean-byline.ts';

/** How far into the text a repeated headline, byline or date line is looked for. */
const HEADER_PARAGRAPHS = 4;
const DATE_LINE = /^[\p{L}\s.,:]{0,30}\d{1,4}[\p{L}\d\s.,:/-]{0,40}(am|pm|gmt|utc|cet|est|edt)?$/iu;

/**
 * The article's paragraphs from Readability's element: furniture elements removed,
 * boilerplate lines dropped, and the headline, byline or date repeated at the top of the
 * text removed (the popup shows those separately, and they are not shared prose).
 */
export function articleParagraphs(content: Element, title: string, byline: string | null): string[] {
  removeJunkElements(content);
  const paragraphs = collectParagraphs(content).filter((p) => !isBoilerplateLine(p));
  const titleKey = key(title);
  const bylineKey = byline ? key(byline) : null;
  return paragraphs.filter((paragraph, index) => {
    if (index >= HEADER_PARAGRAPHS) return true;
    if (key(paragraph) === titleKey) return false;
    if (bylineKey && paragraph.length < 200 && key(cleanByline(paragraph) ?? '') === bylineKey) return false;
    return !(paragraph.length < 60 && DATE_LINE.test(paragraph));
  });
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
