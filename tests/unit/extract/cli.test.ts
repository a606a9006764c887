import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const fixture = (slug: string) => join(repo, 'tests/fixtures/pages', slug, 'source.html');

function extract(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'tests/cli/extract.ts'), ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints the article as JSON with every field', () => {
    const { code, stdout } = extract(
      fixture('wire-jsonld-afp'),
      '--url',
      'https://harbour-gazette.example/world/x?utm_source=a',
    );
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual(
      [
        'byline',
        'credits',
        'lang',
        'modifiedTime',
        'outlet',
        'paragraphs',
        'publishedTime',
        'text',
        'title',
        'url',
      ].sort(),
    );
    expect(article['credits']).toEqual(['AFP']);
  });

  it('explains non-articles on stderr and exits non-zero', () => {
    const { code, stdout, stderr } = extract(fixture('index-front-page'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not-article/);
  });

  it.each([
    [['/no/such/file.html'], /no such file/],
    [[], /usage/],
    [[fixture('paywall-stub'), '--url', 'ftp://x'], /http\(s\) URL/],
  ])('fails clearly for %j', (args, message) => {
    const { code, stderr } = extract(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses binary input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-extract-'));
    const file = join(dir, 'image.html');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    const { code, stderr } = extract(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary/);
  });
});
