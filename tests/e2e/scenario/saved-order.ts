import { waitFor } from '../harness/wait-for.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const CHOOSE_SHARED = `(() => {
  const select = document.querySelector('.saved-header select');
  select.value = 'shared';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;
// The default order is by when each article was saved, and the list says so: the option's
// label, and each date cell's title (the cell shows the publication date when known).
const SAVED_ORDER_LABELS = `(() => {
  const select = document.querySelector('.saved-header select');
  const dates = [...document.querySelectorAll('[data-article-url]')].map((row) => row.cells[2].title);
  return { option: select.selectedOptions[0].textContent, dates };
})()`;
const ROWS = `[...document.querySelectorAll('[data-article-url]')].map((row) => [row.getAttribute('data-article-url'), row.querySelector('[data-sharing-outlets]').getAttribute('data-sharing-outlets')])`;

/**
 * The saved page's "Most outlets sharing text first" order: `expected` (URLs, newest first
 * among equals) is the order the list must take once chosen.
 */
export async function checkSharedOrder(ctx: ScenarioContext, expected: string[]): Promise<void> {
  const { harness, log } = ctx;
  await log.step(
    `${harness.name}: saved.html lists the articles most outlets share text with first, on request`,
    async () => {
      const { tab } = await openSavedPage(harness, expected);
      try {
        const labels = await tab.evaluate<{ option: string; dates: string[] }>(SAVED_ORDER_LABELS);
        if (labels.option !== 'Recently saved first')
          throw new Error(`the default order reads "${labels.option}"`);
        const unsaid = labels.dates.filter((d) => !/(^|· )Saved \S/.test(d));
        if (labels.dates.length === 0 || unsaid.length > 0)
          throw new Error(`date cells without their saved date: ${JSON.stringify(labels.dates)}`);
        await tab.evaluate(CHOOSE_SHARED);
        let last: [string, string][] = [];
        return await waitFor(`the rows in the order ${expected.join(', ')}`, async () => {
          last = await tab.evaluate<[string, string][]>(ROWS);
          if (last.map((r) => r[0]).join() === expected.join()) return last;
          throw new Error(`rows: ${last.map((r) => r.join(' ')).join(', ')}`);
        });
      } finally {
        await tab.close();
      }
    },
    (rows) => rows.map(([url, n]) => `${url} (${n})`).join(', '),
  );
}
