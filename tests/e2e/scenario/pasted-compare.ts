import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { SUBMIT, TYPE_TEXT } from './check-text-probe.ts';
import { PASTED_COPY } from './expected.ts';
import { openSavedPage } from './saved-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { READ_COMPARE, type ColumnView } from './side-by-side.ts';

// Clicks "Side by side" for `url` in the "Check a text" report; null until that report lists it.
const CLICK_COMPARE = (url: string) => `(() => {
  const match = [...document.querySelectorAll('.check-text [data-match-url]')]
    .find((m) => m.getAttribute('data-match-url') === ${JSON.stringify(url)});
  const button = match?.querySelector('button[data-compare-link]');
  if (!button) return null;
  button.click();
  return true;
})()`;
const CLOSE = `(document.querySelector('[data-close-compare]').click(), true)`;
// "Open" links of the two columns: the pasted text's made-up address is no page to open.
const OPEN_LINKS = `[...document.querySelectorAll('[data-compare] .compare-share a')].map((a) => a.closest('[data-side]').getAttribute('data-side'))`;
const STATE = `({
  open: Boolean(document.querySelector('[data-compare]')),
  hash: location.hash,
  pasted: [...document.querySelectorAll('[data-article-url]')]
    .filter((e) => e.getAttribute('data-article-url').includes('wiretrace.invalid')).length,
})`;

/**
 * A text pasted into "Check a text" and not saved has no id or tab for a link to name: its
 * "Side by side" is a button, and the saved page shows the pasted text beside outlet-a's
 * article with the shared text marked in both; Close takes the view away, and the pasted
 * text was never stored.
 */
export async function checkPastedSideBySide(ctx: ScenarioContext, storyUrl: string): Promise<void> {
  const { harness, log } = ctx;
  const b = harness.name;
  await log.step(
    `${b}: a pasted text, not saved, opens side by side with outlet-a's article`,
    async () => {
      const { tab } = await openSavedPage(harness, [storyUrl]);
      try {
        await tab.evaluate(TYPE_TEXT(PASTED_COPY));
        let attempt = 0;
        await waitFor('"Side by side" in the pasted text\'s report', async () => {
          if (attempt++ % 20 === 2) await tab.evaluate(SUBMIT);
          return tab.evaluate<true | null>(CLICK_COMPARE(storyUrl));
        });
        const v = await waitFor('the side-by-side view', () =>
          tab.evaluate<{ left: ColumnView; right: ColumnView } | null>(READ_COMPARE),
        );
        await tab.screenshot(join(ctx.artifactsDir, `${b}-saved-compare-pasted.png`));
        if (v.left.outlet !== 'Pasted text') throw new Error(`left column is "${v.left.outlet}"`);
        if (v.right.outlet !== 'The Danube Courier')
          throw new Error(`right column is "${v.right.outlet}"`);
        const words = (m: ColumnView) => m.marks.map((x) => x.text).join(' ');
        for (const phrase of ['who heads the Odesa region', 'sunflower oil and steel'])
          if (!words(v.left).includes(phrase) || !words(v.right).includes(phrase))
            throw new Error(`"${phrase}" is not marked in both columns`);
        // The correspondent's line is the pasted text's own.
        if (v.left.plainParagraphs !== 1)
          throw new Error(`${v.left.plainParagraphs} unmarked paragraphs on the left, not 1`);
        const open = await tab.evaluate<string[]>(OPEN_LINKS);
        if (open.join() !== 'right') throw new Error(`"Open" links in columns: ${open.join()}`);
        await tab.evaluate(CLOSE);
        const after = await waitFor('the view to close', async () => {
          const s = await tab.evaluate<{ open: boolean; hash: string; pasted: number }>(STATE);
          return s.open ? null : s;
        });
        if (after.hash) throw new Error(`the page's hash is "${after.hash}" after Close`);
        if (after.pasted) throw new Error('the pasted text is listed as saved');
        return v;
      } finally {
        await tab.close();
      }
    },
    (v) =>
      `left ${v.left.outlet}: ${v.left.marks.length} marks, ${v.left.plainParagraphs} paragraph ` +
      `unmarked, no "Open"; right ${v.right.outlet}: ${v.right.marks.length} marks; closed, not stored`,
  );
}

const CHECK_ERROR = `document.querySelector('.check-text [role=status]')?.textContent ?? null`;

/**
 * A pasted text of more paragraphs than Wiretrace compares gets a message saying so from
 * "Check a text", where the background would refuse it without a word.
 */
export async function checkPastedTooLong(ctx: ScenarioContext, storyUrl: string): Promise<void> {
  const { harness, log } = ctx;
  const updates = Array.from({ length: 5100 }, (_, i) => `Update ${i + 1}: the count goes on.`);
  await log.step(
    `${harness.name}: "Check a text" says a pasted text of 5,100 paragraphs is more than it compares`,
    async () => {
      const { tab } = await openSavedPage(harness, [storyUrl]);
      try {
        await tab.evaluate(TYPE_TEXT(updates.join('\n\n')));
        let attempt = 0;
        return await waitFor('the message', async () => {
          if (attempt++ % 20 === 2) await tab.evaluate(SUBMIT);
          const text = await tab.evaluate<string | null>(CHECK_ERROR);
          return text?.includes('5,100 paragraphs') ? text : null;
        });
      } finally {
        await tab.close();
      }
    },
    (text) => `"${text}"`,
  );
}
