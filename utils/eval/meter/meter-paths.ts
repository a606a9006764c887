import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sub-directories of `dir`, sorted; none when it does not exist. */
export function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/** Files of `dir` ending in `ext`, sorted. */
export function filesWith(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(ext) && statSync(join(dir, name)).isFile())
    .sort();
}

/**
 * A path from a METER file index ("meter_corpus/newspapers/..." or "/meter_corpus/...") made
 * relative to the corpus directory; null when it is not under meter_corpus.
 */
export function indexPathToRelative(line: string): string | null {
  const m = /^\/?meter_corpus\/(.+)$/.exec(line.trim());
  return m ? m[1]! : null;
}

/** The annotated counterpart of a newspaper raw-text path. */
export function annotatedPathOf(rawPath: string): string {
  return rawPath
    .replace('newspapers/rawtexts/', 'newspapers/annotated/')
    .replace(/\.txt$/i, '.sgml');
}

/** Domain, date and story folder of a corpus path ".../<domain>/<date>/<story>/<file>". */
export function storyOf(path: string): { domain: string; date: string; story: string } {
  const parts = path.split('/');
  return { domain: parts.at(-4) ?? '', date: parts.at(-3) ?? '', story: parts.at(-2) ?? '' };
}

/**
 * A METER date folder ("09.08.99", day.month.two-digit year) as an ISO 8601 date, so that
 * matching can tell a later PA update from a possible source; null for any other name.
 */
export function meterDate(folder: string): string | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{2})$/.exec(folder);
  if (!m) return null;
  const year = Number(m[3]) < 50 ? `20${m[3]}` : `19${m[3]}`;
  const iso = `${year}-${m[2]}-${m[1]}`;
  // Date.parse rolls "1999-02-31" over to March: only a date that reads back unchanged is real.
  const t = Date.parse(iso);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(iso) ? iso : null;
}
