import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { copyOfArticle, EXPORT_TEXT, IMPORT_TEXT, STATUS } from './import-file.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** A copy of outlet-a's story said to have been read, last, in January 2020. */
const OLD = {
  url: 'https://old-archive.example/danube-ferry',
  outlet: 'Old Archive',
  firstSeen: Date.UTC(2020, 0, 10),
  lastSeen: Date.UTC(2020, 0, 12),
};
const USAGE = `document.querySelector('[data-storage-usage]')?.textContent ?? ''`;
const KEEP_STATUS = `document.querySelector('[data-keep-status]')?.textContent ?? ''`;
const LISTED = `[...document.querySelectorAll('[data-article-url]')].map((e) => e.getAttribute('data-article-url'))`;
// Chooses "1 year", answering the confirmation yes and keeping its question.
const KEEP_ONE_YEAR = `(() => {
  window.confirm = (q) => ((window.__asked = q), true);
  const select = document.querySelector('.keep-articles select');
  select.value = '365';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

/**
 * The saved page says how much disk Wiretrace uses, and "Keep articles" for a year deletes,
 * once confirmed, an imported article last read in 2020 and nothing read since.
 */
export async function checkKeepPeriod(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log } = ctx;
  const first = server.origin('outlet-a') + PATHS.first;
  const second = server.origin('outlet-b') + PATHS.secondCanonical;
  await log.step(
    `${harness.name}: saved.html shows the disk used, and keeping articles a year deletes one last read in 2020`,
    async () => {
      const { tab } = await openSavedPage(harness, [first, second]);
      const usage = await waitFor('the disk use', async () => {
        const text = await tab.evaluate<string>(USAGE);
        return /^[\d.,]+\s?[kMG]B on this device\.$/.test(text) ? text : null;
      });
      const exported = await tab.evaluate<string>(EXPORT_TEXT);
      await tab.evaluate(IMPORT_TEXT(copyOfArticle(exported, first, OLD)));
      await waitFor('the old copy to be imported', async () =>
        (await tab.evaluate<string>(STATUS)) === 'Imported 1 article.' &&
        (await tab.evaluate<string[]>(LISTED)).includes(OLD.url)
          ? true
          : null,
      );
      const before = await tab.evaluate<string[]>(LISTED);
      await tab.evaluate(KEEP_ONE_YEAR);
      const status = await waitFor('the old copy to be deleted', async () => {
        const text = await tab.evaluate<string>(KEEP_STATUS);
        return text.startsWith('Deleted') ? text : null;
      });
      const left = await waitFor('the list without it', async () => {
        const urls = await tab.evaluate<string[]>(LISTED);
        return urls.includes(OLD.url) ? null : urls;
      });
      const asked = await tab.evaluate<string>('window.__asked ?? ""');
      await tab.screenshot(join(ctx.artifactsDir, `${harness.name}-saved-keep.png`));
      await tab.close();
      const expected =
        'Delete the 1 saved article last read more than 1 year ago? This cannot be undone.';
      if (asked !== expected) throw new Error(`asked: "${asked}"`);
      if (status !== 'Deleted 1 article last read more than 1 year ago.')
        throw new Error(`said: "${status}"`);
      const kept = before.filter((u) => u !== OLD.url);
      if (left.join() !== kept.join())
        throw new Error(`left ${left.join(', ')}, expected ${kept.join(', ')}`);
      return { usage, status, left };
    },
    ({ usage, status, left }) => `"${usage}"; "${status}", ${left.length} left`,
  );
}
