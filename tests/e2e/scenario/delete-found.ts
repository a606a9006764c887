import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

const SEARCH = (text: string) => `(() => {
  const box = document.querySelector('.saved-header input[type=search]');
  box.value = ${JSON.stringify(text)};
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;
const DANGER_LABEL = `document.querySelector('.saved-header button.danger')?.textContent ?? ''`;
// The reader's "OK" to the confirmation, then the click.
const CONFIRM_AND_CLICK = `(window.confirm = () => true, document.querySelector('.saved-header button.danger').click(), true)`;
const LISTED = `[...document.querySelectorAll('[data-article-url]')].map((e) => e.getAttribute('data-article-url'))`;

/**
 * The saved page's search for outlet-c's name turns "Delete all" into "Delete 2 found"
 * (its story and its brief); confirmed, those two go and outlet-a's and outlet-b's stay.
 */
export async function checkDeleteFound(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log } = ctx;
  const kept = [
    server.origin('outlet-a') + PATHS.first,
    server.origin('outlet-b') + PATHS.secondCanonical,
  ];
  await log.step(
    `${harness.name}: saved.html deletes what a search finds ("Valley Gazette"), nothing else`,
    async () => {
      const { tab } = await openSavedPage(harness, kept);
      await tab.evaluate(SEARCH('valley gazette'));
      const label = await waitFor('the button to offer deleting what was found', async () => {
        const text = await tab.evaluate<string>(DANGER_LABEL);
        return text === 'Delete 2 found' ? text : null;
      });
      await tab.evaluate(CONFIRM_AND_CLICK);
      await waitFor('the found articles to be gone', async () =>
        (await tab.evaluate<string>(DANGER_LABEL)) === 'Delete 0 found' ? true : null,
      );
      await tab.evaluate(SEARCH(''));
      const left = await waitFor('the full list again', async () => {
        const urls = await tab.evaluate<string[]>(LISTED);
        return urls.length === kept.length ? urls : null;
      });
      await tab.close();
      if (!kept.every((u) => left.includes(u))) throw new Error(`left: ${left.join(', ')}`);
      return { label, left };
    },
    ({ label, left }) => `"${label}", then ${left.length} left: ${left.join(', ')}`,
  );
}
