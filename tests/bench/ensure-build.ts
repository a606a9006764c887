import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIRS, REPO_ROOT, buildExtension } from '../e2e/build-extension.ts';

const SOURCES = ['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce(
    (m, name) => Math.max(m, newestMtime(join(path, name))),
    s.mtimeMs,
  );
}

/**
 * Returns the production build folder for `browser`, building it with `npx wxt build`
 * unless it is newer than every source file (or `build` is false). Logs to stderr.
 */
export function ensureBuild(browser: keyof typeof BUILD_DIRS, build: boolean): string {
  const dir = BUILD_DIRS[browser];
  const manifest = join(dir, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(REPO_ROOT, s))));
  if (build && builtAt < sourcesAt) {
    console.error(`bench: building the ${browser} extension…`);
    const log = console.log;
    console.log = console.error; // keep stdout for the JSON
    try {
      buildExtension(browser);
    } finally {
      console.log = log;
    }
  } else if (!existsSync(manifest)) throw new Error(`no build in ${dir}; run without --no-build`);
  else
    console.error(
      `bench: reusing ${dir}${builtAt < sourcesAt ? ' (older than the sources: --no-build)' : ' (fresh)'}`,
    );
  return dir;
}
