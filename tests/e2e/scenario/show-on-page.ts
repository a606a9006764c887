import { join } from 'node:path';
import type { BrowserTab } from '../harness/browser-harness.ts';
import { waitFor } from '../harness/wait-for.ts';
import { checkHighlights } from './check-highlights.ts';
import { popupUrl, readPopup } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** The texts of Wiretrace's highlights on a page, read from the page's own world. */
const PAGE_HIGHLIGHTS = `(() => {
  const texts = [];
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('wiretrace-shared-')) for (const range of highlight) texts.push(range.toString());
  return { texts, elements: document.getElementsByTagName('*').length };
})()`;

const ELEMENTS = `document.getElementsByTagName('*').length`;

// Clicks the first element matching `selector`; otherwise says what the popup shows instead.
const CLICK = (selector: string) => `(() => {
  const button = document.querySelector(${JSON.stringify(selector)});
  button?.click();
  return button ? true : 'no button; popup status ' + document.querySelector('[data-status]')?.getAttribute('data-status') + ' at ' + location.href;
})()`;

const STATE = `(() => {
  const box = document.querySelector('[data-page-highlight]');
  return box ? { state: box.getAttribute('data-page-highlight'), status: box.querySelector('[role=status]')?.textContent ?? '' } : null;
})()`;

interface ControlState {
  state: string;
  status: string;
}

/**
 * "Highlight on the page" in outlet-b's popup colours, on outlet-b's page itself, exactly the
 * passages the popup marks (the same shared phrases covered, the reworded lead and the added
 * line not), without adding an element to the page; "Remove highlights" takes them off.
 */
export async function checkShowOnPage(ctx: ScenarioContext, page: BrowserTab): Promise<void> {
  const { harness, log, viewer } = ctx;
  const b = harness.name;
  const shown = await log.step(
    `${b}: "Highlight on the page" highlights the popup's passages on outlet-b's page`,
    async () => {
      const before = await page.evaluate<number>(ELEMENTS);
      await viewer.goto(popupUrl(harness, page.tabId));
      await waitFor('the popup\'s "Highlight on the page" button', async () => {
        const clicked = await viewer.evaluate<true | string>(CLICK('[data-page-highlight] button'));
        if (clicked !== true) throw new Error(clicked);
        return clicked;
      });
      const control = await waitFor('the page to answer', async () => {
        const s = await viewer.evaluate<ControlState | null>(STATE);
        return s && s.state !== 'busy' && s.state !== 'idle' ? s : null;
      });
      const popupMarks = (await readPopup(viewer)).marks.length;
      const onPage = await page.evaluate<{ texts: string[]; elements: number }>(PAGE_HIGHLIGHTS);
      const want = `Highlighted ${popupMarks} passages on the page.`;
      if (control.status !== want)
        throw new Error(`popup says "${control.status}", expected "${want}"`);
      if (onPage.texts.length !== popupMarks)
        throw new Error(
          `${onPage.texts.length} ranges on the page, ${popupMarks} marks in the popup`,
        );
      if (onPage.elements !== before)
        throw new Error(`the page had ${before} elements, ${onPage.elements} after highlighting`);
      return { control, onPage };
    },
    ({ control, onPage }) =>
      `"${control.status}"; ${onPage.texts.length} ranges, page elements unchanged (${onPage.elements})`,
  );
  if (!shown) return;
  await page.screenshot(join(ctx.artifactsDir, `${b}-page-highlights.png`));
  await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-highlighted.png`));
  for (const check of checkHighlights(shown.onPage.texts))
    log.record(
      `${b}: on the page, ${check.name.replace('(mark[data-shared])', '(CSS highlights)')}`,
      check.passed,
      check.detail,
    );
  await log.step(
    `${b}: the popup opened again offers "Remove highlights" for the passages still on the page`,
    async () => {
      await viewer.goto(popupUrl(harness, page.tabId));
      const want = `Highlighted ${shown.onPage.texts.length} passages on the page.`;
      return waitFor('the reopened popup to ask the page', async () => {
        const s = await viewer.evaluate<ControlState | null>(STATE);
        const remove = await viewer.evaluate<boolean>(
          `!!document.querySelector('[data-clear-highlights]')`,
        );
        return s?.state === 'shown' && s.status === want && remove ? s.status : null;
      });
    },
    (status) => `"${status}" and its "Remove highlights"`,
  );
  await log.step(
    `${b}: "Remove highlights" takes them off the page`,
    async () => {
      await viewer.evaluate(CLICK('[data-clear-highlights]'));
      return waitFor('the highlights to go', async () => {
        const left = (await page.evaluate<{ texts: string[] }>(PAGE_HIGHLIGHTS)).texts.length;
        const s = await viewer.evaluate<ControlState | null>(STATE);
        return left === 0 && s?.state === 'cleared' ? s.status : null;
      });
    },
    (status) => `"${status}", no range left`,
  );
}
