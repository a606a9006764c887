import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** Where and under which outlet the imported copy of outlet-a's story claims to come from. */
const IMPORTED = { url: 'https://wire-archive.example/danube-ferry', outlet: 'Wire Archive' };

/**
 * Builds an export file from the extension's own export request (outlet-a's article, under
 * another outlet and URL) and hands it to the saved page's Import input as a reader's file
 * choice would: a DataTransfer's file and a change event.
 */
const IMPORT_COPY = (sourceUrl: string) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const reply = await api.runtime.sendMessage({ kind: 'export-articles', offset: 0, limit: 100 });
  if (!reply?.ok) throw new Error('export failed: ' + JSON.stringify(reply));
  const source = reply.value.articles.find((a) => a.url === ${JSON.stringify(sourceUrl)});
  if (!source) throw new Error('outlet-a is not in the export');
  const copy = { ...source, ...${JSON.stringify(IMPORTED)} };
  const file = new File(
    [JSON.stringify({ format: 'wiretrace-articles', version: 1, exportedAt: new Date().toISOString(), articles: [copy] })],
    'wiretrace-articles.json',
    { type: 'application/json' },
  );
  const input = document.querySelector('.import-export input[type=file]');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;
// The Import control takes keyboard focus (a label around a hidden input does not).
const IMPORT_FOCUSABLE = `(() => {
  const button = [...document.querySelectorAll('.import-export button')].find((b) => b.textContent.trim() === 'Import');
  button?.focus();
  return !!button && document.activeElement === button;
})()`;
const STATUS = `document.querySelector('[data-import-status]')?.textContent ?? ''`;
/** url → "Shared by" cell: [outlets, waiting to be linked]. */
const SHARING = `Object.fromEntries([...document.querySelectorAll('[data-article-url]')].map((row) => {
  const cell = row.querySelector('[data-sharing-outlets]');
  return [row.getAttribute('data-article-url'), [cell.getAttribute('data-sharing-outlets'), cell.getAttribute('data-links-pending'), cell.textContent]];
}))`;

/**
 * An imported article is compared with the stored ones while the saved page is open: the
 * copy of outlet-a's story, imported from a file, ends up shared by outlet-a and outlet-b
 * ("2 outlets"), and outlet-a's row counts it too.
 */
export async function checkImportFile(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log } = ctx;
  const first = server.origin('outlet-a') + PATHS.first;
  const second = server.origin('outlet-b') + PATHS.secondCanonical;
  await log.step(
    `${harness.name}: saved.html imports a file; its article is then listed as shared by the outlets it copies`,
    async () => {
      const { tab } = await openSavedPage(harness, [first, second]);
      if (!(await tab.evaluate<boolean>(IMPORT_FOCUSABLE)))
        throw new Error('the Import button cannot take keyboard focus');
      await tab.evaluate(IMPORT_COPY(first));
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
