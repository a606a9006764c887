import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { REPO_ROOT } from '../e2e/build-extension.ts';

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${(r.stdout ?? '') + (r.stderr ?? '')}`.slice(-3000),
    );
  return r.stdout;
}

/**
 * Builds the extension from the committed HEAD (`git archive` into a temp folder sharing
 * node_modules), so a benchmark measures a commit, never someone's half-edited working tree.
 * Returns the build folder; reuses it when HEAD has not moved.
 */
export function buildFromHead(browser: 'chromium' | 'firefox'): { dir: string; commit: string } {
  const commit = run('git', ['rev-parse', '--short', 'HEAD'], REPO_ROOT).trim();
  const tree = join(tmpdir(), `wiretrace-bench-head-${commit}`);
  const out = join(tree, '.output', browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
  if (existsSync(join(out, 'manifest.json'))) return { dir: out, commit };
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  spawnSync('sh', ['-c', `git archive HEAD | tar -x -C '${tree}'`], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(tree, 'node_modules'));
  console.error(`bench: building ${browser} from HEAD ${commit} in ${tree}…`);
  run('npx', browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'], tree);
  return { dir: out, commit };
}
