/**
 * `npm run extract -- <file.html> [--url <url>]`: prints the extracted article as JSON.
 * Exit codes: 0 article printed, 1 usage or input error, 2 page is not an article or too short.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/extract/index.ts';
import { decodeHtml } from '../../utils/extract/decode-html.ts';
import { ensureHtmlDocument } from '../../utils/extract/ensure-html-document.ts';

const USAGE = 'usage: npm run extract -- <file.html> [--url <page url>]';
const MAX_BYTES = 50 * 1024 * 1024;

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i] ?? fail('--url needs a value');
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '-h' || arg === '--help') fail(USAGE, 0);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else if (file) fail(`only one file, got ${file} and ${arg}\n${USAGE}`);
    else file = arg;
  }
  if (!file) fail(USAGE);
  if (url !== null && !isHttpUrl(url)) fail(`--url must be an absolute http(s) URL, got "${url}"`);
  return { file, url };
}

function readHtml(file: string): string {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) fail(`${file} is not a file`);
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  if (size === 0) fail(`${file} is empty`);
  if (size > MAX_BYTES)
    fail(`${file} is ${Math.round(size / 1e6)} MB; pages over ${MAX_BYTES / 1e6} MB are refused`);
  try {
    return decodeHtml(readFileSync(file));
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function fail(message: string, code = 1): never {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
}

const { file, url } = parseArgs(process.argv.slice(2));
const html = readHtml(file);
if (!/<[a-z!]/i.test(html)) fail(`${file} does not look like HTML (no tags found)`);
const { document } = parseHTML(ensureHtmlDocument(html));
const result = extractArticle(
  document as unknown as Document,
  url ?? pathToFileURL(resolve(file)).href,
);
if (!result.ok)
  fail(`${file}: ${result.reason}: ${result.message}`, result.reason === 'error' ? 1 : 2);
process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
