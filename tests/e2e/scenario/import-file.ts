import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** Where and under which outlet the imported copy of outlet-a's story claims to come from. */
const IMPORTED = { url: 'https://wire-archive.example/danube-ferry', outlet: 'Wire Archive' };

// Clicks Export and returns the file it made: the page's download link is caught, not
// followed (a headless browser has nowhere to save it).
export const EXPORT_TEXT = `(async () => {
  let made = null;
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob) => ((made = blob), create.call(URL, blob));
  HTMLAnchorElement.prototype.click = function () {};
  try {
    [...document.querySelectorAll('.import-export button')].find((b) => b.textContent.trim() === 'Export').click();
    for (let i = 0; i < 400 && !made; i++) await new Promise((r) => setTimeout(r, 50));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!made) throw new Error('Export made no file');
  return made.text();
})()`;
/** Hands `text` to the saved page's Import input as a reader's file choice would. */
export const IMPORT_TEXT = (text: string) => `(() => {
  const input = document.querySelector('.import-export input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([${JSON.stringify(text)}], 'wiretrace-articles.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

/**
 * The export's lines (export-file.ts): a header, an article a line, a closing line. Returns
 * a file of the article at `url` alone, with `fields` changed (another outlet and URL), in
 * the same layout.
 */
export function copyOfArticle(exported: string, url: string, fields: object = IMPORTED): string {
  const lines = exported.trimEnd().split('\n');
  const articles = lines.slice(1, -1).map((l) => JSON.parse(l.replace(/,$/, '')));
  if (!lines[0]!.endsWith('"articles":[') || lines.at(-1) !== ']}')
    throw new Error(`export not laid out a line an article: ${lines[0]} … ${lines.at(-1)}`);
  const source = articles.find((a: { url: string }) => a.url === url);
  if (!source) throw new Error(`${url} is not among the ${articles.length} exported`);
  return `${lines[0]}\n${JSON.stringify({ ...source, ...fields })}\n]}\n`;
}

// The Import control takes keyboard focus (a label around a hidden input does not).
const IMPORT_FOCUSABLE = `(() => {
  const button = [...document.querySelectorAll('.import-export button')].find((b) => b.textContent.trim() === 'Import');
  button?.focus();
  return !!button && document.activeElement === button;
})()`;
export const STATUS = `document.querySelector('[data-import-status]')?.textContent ?? ''`;
/** url → "Shared by" cell: [outlets, waiting to be linked]. */
const SHARING = `Object.fromEntries([...document.querySelectorAll('[data-article-url]')].map((row) => {
  const cell = row.querySelector('[data-sharing-outlets]');
  return [row.getAttribute('data-article-url'), [cell.getAttribute('data-sharing-outlets'), cell.getAttribute('data-links-pending'), cell.textContent]];
}))`;

/**
 * Export makes a file of the stored articles, a line each; outlet-a's, under another outlet
 * and URL, imported from a file in that layout, is compared with the stored ones while the
 * saved page is open: it ends up shared by outlet-a and outlet-b ("2 outlets"), and
 * outlet-a's row counts it too.
 */
export async function checkImportFile(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log } = ctx;
  const first = server.origin('outlet-a') + PATHS.first;
  const second = server.origin('outlet-b') + PATHS.secondCanonical;
  await log.step(
    `${harness.name}: saved.html exports, and imports a file; its article is then listed as shared by the outlets it copies`,
    async () => {
      const { tab } = await openSavedPage(harness, [first, second]);
      if (!(await tab.evaluate<boolean>(IMPORT_FOCUSABLE)))
        throw new Error('the Import button cannot take keyboard focus');
      const exported = await tab.evaluate<string>(EXPORT_TEXT);
      await tab.evaluate(IMPORT_TEXT(copyOfArticle(exported, first)));
      const status = await waitFor('the import to finish', async () => {
        const text = await tab.evaluate<string>(STATUS);
        return text.startsWith('Imported') || text.startsWith('Import stopped') ? text : null;
      });
      if (status !== 'Imported 1 article.') throw new Error(`import said: ${status}`);
      type Cells = Record<string, [string, string, string]>;
      const cells = await waitFor('the imported article to be linked', async () => {
        const now = await tab.evaluate<Cells>(SHARING);
        const mine = now[IMPORTED.url];
        return mine && mine[1] === 'false' && now[first]?.[0] === '2' ? now : null;
      });
      await tab.screenshot(join(ctx.artifactsDir, `${harness.name}-saved-imported.png`));
      await tab.close();
      const expected = { [IMPORTED.url]: '2 outlets', [first]: '2 outlets', [second]: '2 outlets' };
      for (const [url, text] of Object.entries(expected))
        if (cells[url]?.[2] !== text)
          throw new Error(`${url}: "${cells[url]?.[2]}", expected "${text}"`);
      return { status, cells };
    },
    ({ status, cells }) =>
      `"${status}", then ${Object.entries(cells)
        .map(([url, c]) => `${url}: ${c[2]}`)
        .join('; ')}`,
  );
}
