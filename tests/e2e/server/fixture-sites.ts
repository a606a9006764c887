import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { PageResolver } from './site-server.ts';

/** The team-written sample sites, one folder per outlet. */
export const SITES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'sites');

/**
 * Resolves `/world/x` to `<root>/<site>/world/x.html` and `/` to `<site>/index.html`.
 * Paths that climb out of the site folder are refused.
 */
export function fixtureSites(root: string = SITES_DIR): PageResolver {
  return async (site, path) => {
    if (!/^[a-z0-9-]+$/.test(site)) return null;
    const relative = path.endsWith('/') ? `${path}index.html` : `${path}.html`;
    const file = normalize(join(root, site, relative));
    if (!file.startsWith(join(root, site))) return null;
    try {
      return { body: await readFile(file, 'utf8'), contentType: 'text/html; charset=utf-8' };
    } catch {
      return null;
    }
  };
}
