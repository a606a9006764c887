import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeLegacyText } from '../../utils/eval/decode-legacy-text';
import { extractArticle } from '../../utils/extract/index';

/** A command-line failure with a message meant for the user, and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Reads a file's bytes, turning every file-system failure into a clear CliError. */
export function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliError(`${path}: not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(
      `${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  if (size === 0) throw new CliError(`${path}: the file is empty`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(
      `${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

/**
 * The article text of a .txt file (as is) or an .html page (through the extension's own
 * extraction, on a linkedom document), the text every character range refers to.
 */
export async function readInputText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') {
    throw new CliError(`${path}: expected a .txt or .html file`);
  }
  const text = decodeLegacyText(readBytes(path));
  if (ext === '.txt') return text;
  return extractHtmlText(text, pathToFileURL(resolve(path)).href, path);
}

async function extractHtmlText(html: string, url: string, path: string): Promise<string> {
  const { document } = parseHTML(html);
  const result = extractArticle(document as unknown as Document, url);
  if (!result.ok) throw new CliError(`${path}: no article extracted (${result.message})`);
  return result.article.text;
}
