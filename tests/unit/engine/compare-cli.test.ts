import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const fixture = (name: string) => join(repo, 'tests/unit/engine/fixtures', name);

function compare(...args: string[]) {
  const tsx = join(repo, 'node_modules/tsx/dist/cli.mjs');
  const result = spawnSync(process.execPath, [tsx, join(repo, 'tests/cli/compare.ts'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Output {
  cut: number;
  paste: number;
  derivation: string;
  longestWords: number;
  passages: {
    a: { start: number; end: number; text: string };
    b: { start: number; end: number; text: string };
  }[];
  absentFromA: { text: string }[];
}

describe('npm run compare', { timeout: 60_000 }, () => {
  it('prints scores and passages with their text as JSON', () => {
    const { code, stdout } = compare(fixture('wire-second.txt'), fixture('wire-first.txt'));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Output;
    expect(out.cut).toBeGreaterThanOrEqual(85);
    expect(out.derivation).toBe('wholly');
    expect(out.passages.length).toBeGreaterThan(1);
    expect(out.passages[0]!.a.text.length).toBe(out.passages[0]!.a.end - out.passages[0]!.a.start);
    expect(out.absentFromA.map((p) => p.text)).toContainEqual(
      expect.stringMatching(/^Independent analysts/),
    );
  });

  it.each([
    [
      'a missing file',
      [fixture('wire-first.txt'), '/nonexistent/x.txt'],
      /x\.txt: cannot read it \(ENOENT\)/,
    ],
    [
      'a directory',
      [fixture('wire-first.txt'), fixture('')],
      /not a file|expected a \.txt or \.html file/,
    ],
    [
      'an unsupported type',
      [fixture('wire-first.txt'), join(repo, 'package.json')],
      /expected a \.txt or \.html file/,
    ],
    ['one argument', [fixture('wire-first.txt')], /usage: npm run compare/],
  ])('fails clearly on %s', (_name, args, message) => {
    const { code, stderr } = compare(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('fails clearly on an empty file and reads Windows-1252 text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(compare(join(dir, 'empty.txt'), fixture('wire-first.txt')).stderr).toMatch(
      /the file is empty/,
    );
    writeFileSync(
      join(dir, 'latin.txt'),
      Buffer.from(
        'Caf\xe9 owners said the \xa35 levy would close shops across the town centre.',
        'latin1',
      ),
    );
    const { code, stdout } = compare(join(dir, 'latin.txt'), join(dir, 'latin.txt'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Output).passages[0]!.a.text).toMatch(
      /^Café owners said the £5 levy/,
    );
  });
});
