import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root (tests/e2e/ is two levels down). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Where `wxt build` writes each browser's unpacked extension. */
export const BUILD_DIRS = {
  chromium: join(REPO_ROOT, '.output', 'chrome-mv3'),
  firefox: join(REPO_ROOT, '.output', 'firefox-mv2'),
} as const;

/**
 * Builds the extension for one browser with WXT, printing WXT's output only when it fails.
 * Throws with the tail of the output so a broken build reads as a clear test failure.
 */
export function buildExtension(browser: keyof typeof BUILD_DIRS): void {
  const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
  const started = Date.now();
  const run = spawnSync('npx', args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0 || !existsSync(join(BUILD_DIRS[browser], 'manifest.json'))) {
    throw new Error(`npx ${args.join(' ')} failed (exit ${run.status}):\n${output.slice(-3000)}`);
  }
  console.log(`built ${BUILD_DIRS[browser]} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
