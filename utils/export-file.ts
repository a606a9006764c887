import type { ImportRecord } from './store/import-articles';
import { validateArticle } from './validate-request';

/** Marks a JSON file as Wiretrace's, so a wrong file is refused with a clear message. */
export const EXPORT_FORMAT = 'wiretrace-articles';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: ImportRecord[];
}

/**
 * The export file is written one article a line, between a header line and a closing line:
 * still one JSON object, but built and read a line at a time, so 100,000 articles (some
 * 850 MB of JSON, more than a browser allows in one string) never sit in one string.
 */
export function exportHeader(now = new Date()): string {
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() };
  return `${JSON.stringify(head).slice(0, -1)},"articles":[\n`;
}

/**
 * The lines of `articles`, each ending the line before with a comma; `first`: they open
 * the list (no comma before them).
 */
export function exportLines(articles: readonly ImportRecord[], first: boolean): string {
  return articles.map((a, i) => (first && i === 0 ? '' : ',\n') + JSON.stringify(a)).join('');
}

/** Closes the list and the object. */
export const EXPORT_FOOTER = '\n]}\n';

/** Builds the whole export file's text (small exports, tests). */
export function serializeExport(articles: ImportRecord[], now = new Date()): string {
  return exportHeader(now) + exportLines(articles, true) + EXPORT_FOOTER;
}

export type ParsedImport =
  { ok: true; records: ImportRecord[]; invalid: number } | { ok: false; error: string };

/**
 * Reads an export file's text. A file that is not JSON or not a Wiretrace export is refused
 * whole with a reason; inside a valid file, malformed articles are counted and skipped.
 */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: `This file is not valid JSON (${(e as Error).message}). Nothing was imported.`,
    };
  }
  const refused = refusedHeader(data, true);
  if (refused) return { ok: false, error: refused };
  const file = data as ExportFile;
  return validateRecords(file.articles);
}

/**
 * Why a parsed file (or its header, without `articles`) is not an export this version
 * can import, or null.
 */
function refusedHeader(data: unknown, withArticles: boolean): string | null {
  const file = data as Partial<ExportFile> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    file.format !== EXPORT_FORMAT ||
    (withArticles && !Array.isArray(file.articles))
  )
    return 'This file is not a Wiretrace export. Nothing was imported.';
  if (typeof file.version !== 'number' || file.version > EXPORT_VERSION)
    return 'This export comes from a newer Wiretrace. Update Wiretrace, then import it.';
  return null;
}

/** What one line of an export file holds, read in order by `exportLineReader`. */
export type ExportLine =
  | { kind: 'header' }
  | { kind: 'article'; record: ImportRecord }
  | { kind: 'malformed' }
  | { kind: 'end' }
  | { kind: 'blank' }
  | { kind: 'refused'; error: string }
  /** The first line is not this layout's header: read the file whole instead. */
  | { kind: 'not-lines' };

/** Reads an export file a line at a time (the layout `exportHeader` starts). */
export function exportLineReader(): { read(line: string): ExportLine } {
  let state: 'start' | 'articles' | 'done' = 'start';
  return {
    read(line) {
      const text = line.trim();
      if (state === 'start') {
        if (!text.startsWith('{') || !text.endsWith('"articles":[')) return { kind: 'not-lines' };
        let header: unknown;
        try {
          header = JSON.parse(`${text}]}`);
        } catch {
          return { kind: 'not-lines' };
        }
        const refused = refusedHeader(header, false);
        if (refused) return { kind: 'refused', error: refused };
        state = 'articles';
        return { kind: 'header' };
      }
      if (text === '') return { kind: 'blank' };
      if (state === 'done') return { kind: 'end' };
      if (text === ']}') {
        state = 'done';
        return { kind: 'end' };
      }
      try {
        const { records } = validateRecords([JSON.parse(text.replace(/,$/, ''))]);
        return records[0] ? { kind: 'article', record: records[0] } : { kind: 'malformed' };
      } catch {
        return { kind: 'malformed' };
      }
    },
  };
}

/** Keeps the well-formed records (with their seen times), counting the rest. */
export function validateRecords(items: readonly unknown[]): {
  ok: true;
  records: ImportRecord[];
  invalid: number;
} {
  const records: ImportRecord[] = [];
  for (const item of items) {
    const article = validateArticle(item);
    if (!article) continue;
    const { firstSeen, lastSeen } = item as { firstSeen?: unknown; lastSeen?: unknown };
    records.push({
      ...article,
      ...(typeof firstSeen === 'number' ? { firstSeen } : {}),
      ...(typeof lastSeen === 'number' ? { lastSeen } : {}),
    });
  }
  return { ok: true, records, invalid: items.length - records.length };
}
