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

/** Builds the export file's JSON text. */
export function serializeExport(articles: ImportRecord[], now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles,
  };
  return JSON.stringify(file);
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
  const file = data as Partial<ExportFile> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    file.format !== EXPORT_FORMAT ||
    !Array.isArray(file.articles)
  ) {
    return { ok: false, error: 'This file is not a Wiretrace export. Nothing was imported.' };
  }
  if (typeof file.version !== 'number' || file.version > EXPORT_VERSION) {
    return {
      ok: false,
      error: 'This export comes from a newer Wiretrace. Update Wiretrace, then import it.',
    };
  }
  return validateRecords(file.articles);
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
