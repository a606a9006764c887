import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Helsinki summit corpus, read at run time when this machine has it; never copied. */
export const HELSINKI_CSV = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'corpora',
  'helsinki',
  'helsinki_articles.csv',
);
/** The team's own small text, used when the corpus is absent (a fresh clone). */
export const FALLBACK_TEXT = join(import.meta.dirname, 'fallback-news.txt');

/** Paragraphs to train the word model on, and where they came from. */
export interface TrainingText {
  source: 'helsinki' | 'fallback';
  paragraphs: string[];
}

/**
 * Loads training paragraphs: the Helsinki corpus (paragraphs are separated by " ### "),
 * else the fallback text (blank-line paragraphs). Short lines (datelines, bylines) and
 * repeated paragraphs (the corpus is full of republished wire copy) are dropped, so the
 * model does not learn to reproduce whole shared paragraphs.
 */
export function loadTrainingText(csvPath = HELSINKI_CSV): TrainingText {
  if (existsSync(csvPath)) {
    const rows = parseCsv(readFileSync(csvPath, 'utf8'));
    const textColumn = rows[0]?.indexOf('text') ?? -1;
    const raw = rows.slice(1).flatMap((row) => (row[textColumn] ?? '').split(' ### '));
    return { source: 'helsinki', paragraphs: cleanParagraphs(raw) };
  }
  const raw = readFileSync(FALLBACK_TEXT, 'utf8').split(/\n\s*\n/);
  return { source: 'fallback', paragraphs: cleanParagraphs(raw) };
}

// Photo credits and captions read as noise in every generated article.
const CAPTION = /\bPhoto\b|Getty Images|\(AP\)$|_taboola|window\.|[{}]/;

function cleanParagraphs(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of raw) {
    const text = p.replace(/\s+/g, ' ').trim();
    if (text.split(' ').length < 12 || seen.has(text) || CAPTION.test(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') ((field += '"'), i++);
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += ch;
  }
  if (field || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}
