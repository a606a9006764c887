import { waitFor } from '../harness/wait-for.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const CHOOSE_SHARED = `(() => {
  const select = document.querySelector('.saved-header select');
  select.value = 'shared';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
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
