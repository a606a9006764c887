import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { PATHS } from './expected.ts';
import { popupUrl, waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { COMPARE_LINK, READ_COMPARE, type ColumnView } from './side-by-side.ts';

const AUTO_SAVE = `document.querySelector('.settings-bar input[type=checkbox]')`;
// Sets the popup's "Save articles automatically" switch; null until the popup has read it.
const SET_AUTO_SAVE = (on: boolean) => `(() => {
  const box = ${AUTO_SAVE};
  if (!box || box.disabled) return null;
  if (box.checked !== ${on}) box.click();
  return box.checked;
})()`;

/**
 * With "Save articles automatically" off, outlet-d's copy of the wire story is compared and
 * not stored; its popup still links each match side by side, through the tab (the article
 * has no stored id), and the saved page shows the two with the shared text marked. Saving is
 * turned back on at the end; the saved list checked later proves outlet-d was never stored.
 */
export async function checkUnsavedSideBySide(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  const setAutoSave = async (on: boolean) => {
    await viewer.goto(popupUrl(harness, -1));
    await waitFor(`the auto-save switch to be ${on ? 'on' : 'off'}`, async () => {
      const checked = await viewer.evaluate<boolean | null>(SET_AUTO_SAVE(on));
      return checked === on || null;
    });
    // Read back from storage by a fresh popup: the switch's write has landed.
    await viewer.goto(popupUrl(harness, -1));
    await waitFor('the switch read back from storage', async () => {
      const checked = await viewer.evaluate<boolean | null>(SET_AUTO_SAVE(on));
      return checked === on || null;
    });
  };
  const link = await log.step(
    `${b}: with saving off, outlet-d's copy is compared, not stored, and links side by side through its tab`,
    async () => {
      await setAutoSave(false);
      const tab = await harness.openTab(server.origin('outlet-d') + PATHS.unsavedCopy);
      const view = await waitForPopupStatus(harness, viewer, tab.tabId, ['unsaved'], 'outlet-d');
      if (view.matches.length === 0) throw new Error('the unsaved copy lists no other outlet');
      // The link waits for the popup to learn the tab is not a private window's.
      const found = await waitFor('the side-by-side link', () =>
        viewer.evaluate<{ href: string } | null>(COMPARE_LINK),
      );
      const want = new RegExp(`^/saved\\.html#compare=tab${tab.tabId}-\\d+$`);
      if (!found || !want.test(found.href)) throw new Error(`link: ${JSON.stringify(found)}`);
      return { href: found.href, outlets: view.matches.length };
    },
    (l) => `${l.outlets} outlets listed; href="${l.href}"`,
  );
  try {
    if (!link) return;
    const page = await harness.openTab(harness.extensionUrl(link.href.slice(1)), {
      viewport: { width: 1200, height: 800 },
    });
    try {
      await log.step(
        `${b}: the saved page shows the unsaved article beside the stored one, shared text marked in both`,
        async () => {
          const v = await waitFor('the side-by-side view', () =>
            page.evaluate<{ left: ColumnView; right: ColumnView } | null>(READ_COMPARE),
          );
          await page.screenshot(join(ctx.artifactsDir, `${b}-saved-compare-unsaved.png`));
          if (v.left.outlet !== 'Delta Evening News')
            throw new Error(`left column is "${v.left.outlet}"`);
          if (v.left.marks.length === 0 || v.right.marks.length === 0)
            throw new Error(`${v.left.marks.length} marks left, ${v.right.marks.length} right`);
          // outlet-d's closing line is its own.
          if (v.left.plainParagraphs < 1) throw new Error('every paragraph on the left is marked');
          return v;
        },
        (v) =>
          `left ${v.left.outlet}: ${v.left.marks.length} marks, ${v.left.plainParagraphs} ` +
          `paragraph unmarked; right ${v.right.outlet}: ${v.right.marks.length} marks`,
      );
    } finally {
      await page.close();
    }
  } finally {
    await setAutoSave(true);
  }
}
