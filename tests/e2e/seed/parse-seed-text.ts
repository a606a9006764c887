/** A seed text file read as the parts a news page is made of. */
export interface SeedStory {
  headline: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when the text states one. */
  date: string | null;
  /** Photo credit lines (all capitals with a slash, e.g. "NAME / AGENCY"). */
  credits: string[];
  /** Body paragraphs in markdown-ish inline markup. */
  paragraphs: string[];
}

const LEADING_DATE = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
const PHOTO_CREDIT = /^[A-Z0-9 .,'-]+\/[A-Z0-9 .,'\/-]+$/;

function isoDate(line: string): string | null {
  if (line.length > 40 || !/\d{4}/.test(line)) return null;
  const parsed = Date.parse(`${line} 12:00 UTC`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/**
 * Splits a seed text into headline, byline, date, photo credits and paragraphs. Handles
 * both seed styles: plain paragraphs with a leading " date YYYY-MM-DD", and markdown-ish
 * text with "# Headline", "By [Agency](#)", a date line and a scraper's "Original url:" footer.
 */
export function parseSeedText(text: string): SeedStory {
  const story: SeedStory = {
    headline: null,
    byline: null,
    date: null,
    credits: [],
    paragraphs: [],
  };
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  for (const [index, raw] of lines.entries()) {
    let line = raw.replace(/\s*\n\s*/g, ' ');
    const leading = index === 0 ? LEADING_DATE.exec(raw) : null;
    if (leading) {
      story.date = leading[1]!;
      line = raw.slice(leading[0].length).trim();
    }
    if (/^original url:?$/i.test(line) || /^<https?:\/\/\S+>$/.test(line)) continue; // scraper footer
    if (line.startsWith('# ')) story.headline ??= line.slice(2).trim();
    else if (/^By \S/.test(line) && line.length < 80)
      story.byline ??= line.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
    else if (!story.date && isoDate(line)) story.date = isoDate(line);
    else if (PHOTO_CREDIT.test(line)) story.credits.push(line);
    else story.paragraphs.push(line);
  }
  return story;
}
