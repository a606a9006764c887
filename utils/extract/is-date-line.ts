import { PUNCTUATION, SYMBOLS } from './char-ranges.ts';

/** Words that make up "Updated 3:46 PM ET, Thu March 11, 2015" style lines, in English. */
const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tues?(day)?|wed(nesday)?|thu(rs?)?(day)?|fri(day)?|sat(urday)?|sun(day)?|[ap]\.?m|gmt|utc|[ecmpah][sd]?t|bst|cets?t?|ist|jst|kst|aes?dt|updated?|published|posted|last|at|on|the|of|ago|hours?|minutes?|mins?|days?|weeks?|yesterday|today)\b/gi;
const MAX_DATE_LINE = 60;
const DIGITS_AND_SIGNS = new RegExp(`[\\d${PUNCTUATION}${SYMBOLS}]+`, 'g');

/**
 * True for a short line that is only a date or time ("Feb. 21, 2019", "Updated 3 hours
 * ago", "1:39 PM ET"): once the date words and numbers are gone, at most one word is
 * left. "In 2019, he said." keeps three words and stays. Lines in other languages are
 * kept unless they are digits only, which errs on the side of keeping text.
 */
export function isDateLine(line: string): boolean {
  if (line.length >= MAX_DATE_LINE || !/\d/.test(line)) return false;
  const rest = line
    .replace(DATE_WORDS, ' ')
    .replace(/[年月日时時分秒]/g, ' ')
    .replace(DIGITS_AND_SIGNS, ' ')
    .trim();
  return rest === '' || (!/\s/.test(rest) && rest.length <= 3);
}
