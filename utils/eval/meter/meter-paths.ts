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
