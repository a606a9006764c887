import { join } from 'node:path';
import { waitFor } from '../harness/wait-for.ts';
import { checkHighlights } from './check-highlights.ts';
import { SHARED_PHRASES } from './expected.ts';
import { waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** The first match's "Side by side" link in a popup: its href and target. */
export const COMPARE_LINK = `(() => {
  const link = document.querySelector('[data-match-url] a[data-compare-link]');
  return link ? { href: link.getAttribute('href'), target: link.getAttribute('target') } : null;
})()`;

export interface ColumnView {
  outlet: string;
  marks: { text: string; passages: string[] }[];
  plainParagraphs: number;
}

/** The side-by-side view's two columns: outlet, marks, paragraphs with no mark. */
export const READ_COMPARE = `(() => {
  const root = document.querySelector('[data-compare]');
  if (!root) return null;
  const column = (side) => {
    const col = root.querySelector('[data-side="' + side + '"]');
    const paragraphs = [...col.querySelectorAll('.compare-text p')];
    return {
      outlet: col.querySelector('.article-header .outlet')?.firstChild?.textContent ?? '',
      marks: [...col.querySelectorAll('mark[data-shared]')].map((m) => ({
        text: m.textContent ?? '',
        passages: (m.getAttribute('data-passage') ?? '').split(' '),
      })),
      plainParagraphs: paragraphs.filter((p) => !p.querySelector('mark')).length,
    };
  };
  return { left: column('left'), right: column('right') };
})()`;

// The right column's outlined (class "flash") mark of one passage after a click on the
// left, whether it lies inside the column's and the window's visible area, and how far the
// column has scrolled.
const FLASHED_RIGHT = (passage: string) => `(() => {
  const col = document.querySelector('[data-side="right"]');
  const mark = [...col.querySelectorAll('mark.flash[data-shared]')]
    .find((m) => (m.getAttribute('data-passage') ?? '').split(' ').includes(${JSON.stringify(passage)}));
  if (!mark) return null;
  const r = mark.getBoundingClientRect();
  const c = col.getBoundingClientRect();
  return {
    text: mark.textContent ?? '',
    visible: r.top >= c.top && r.bottom <= c.bottom && r.top >= 0 && r.bottom <= innerHeight,
    scrollTop: col.scrollTop,
  };
})()`;
const CLICK_LAST_LEFT = `(() => {
  const marks = document.querySelectorAll('[data-side="left"] mark[data-shared]');
  marks[marks.length - 1].click();
  return true;
})()`;
const CLOSE = `(document.querySelector('[data-close-compare]').click(), true)`;
const LIST_SHOWN = `(() => {
  const row = document.querySelector('[data-article-url]');
  return !document.querySelector('[data-compare]') && row !== null && row.getClientRects().length > 0;
})()`;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/**
 * "Side by side" from outlet-b's popup: the link opens the saved page with outlet-b's
 * article on the left and outlet-a's on the right, the shared text highlighted in both
 * (outlet-b's reworded lead not, outlet-a's dropped paragraphs not), and clicking the last
 * passage on the left scrolls the right column to the same passage and outlines it.
 */
export async function checkSideBySide(ctx: ScenarioContext, tabId: number): Promise<string | null> {
  const { harness, log, viewer } = ctx;
  const b = harness.name;
  const link = await log.step(
    `${b}: outlet-b's popup links its match to the two side by side`,
    async () => {
      await waitForPopupStatus(harness, viewer, tabId, ['article'], "outlet-b's popup");
      const found = await viewer.evaluate<{ href: string; target: string } | null>(COMPARE_LINK);
      if (
        !found ||
        !/^\/saved\.html#compare=\d+-\d+$/.test(found.href) ||
        found.target !== '_blank'
      )
        throw new Error(`link: ${JSON.stringify(found)}`);
      return found;
    },
    (l) => `href="${l.href}" target="${l.target}"`,
  );
  if (!link) return null;
  const tab = await harness.openTab(harness.extensionUrl(link.href.slice(1)), {
    viewport: { width: 1200, height: 800 },
  });
  try {
    const view = await log.step(
      `${b}: the saved page shows both articles with the shared text marked in each`,
      async () => {
        const v = await waitFor('the side-by-side view', () =>
          tab.evaluate<{ left: ColumnView; right: ColumnView } | null>(READ_COMPARE),
        );
        if (v.left.outlet === v.right.outlet) throw new Error(`both columns are ${v.left.outlet}`);
        const right = v.right.marks.map((m) => m.text.toLowerCase()).join(' | ');
        const missing = SHARED_PHRASES.filter((p) => !right.includes(p.toLowerCase()));
        if (missing.length) throw new Error(`not marked on the right: ${missing.join('; ')}`);
        // Outlet-a's three paragraphs that outlet-b dropped share nothing.
        if (v.right.plainParagraphs < 3)
          throw new Error(`${v.right.plainParagraphs} unmarked paragraphs on the right`);
        return v;
      },
      (v) =>
        `left ${v.left.outlet}: ${v.left.marks.length} marks; right ${v.right.outlet}: ` +
        `${v.right.marks.length} marks, ${v.right.plainParagraphs} paragraphs unmarked`,
    );
    if (!view) return link.href;
    for (const check of checkHighlights(view.left.marks.map((m) => m.text)))
      log.record(`${b}: side by side, left column: ${check.name}`, check.passed, check.detail);

    const last = view.left.marks.at(-1)!;
    const passage = last.passages[0]!;
    await log.step(
      `${b}: clicking a passage on the left brings the same passage into view on the right`,
      async () => {
        // From the top of both columns: the last passage is far below the fold.
        await tab.evaluate(`document.querySelector('[data-side="right"]').scrollTop = 0`);
        await tab.evaluate(CLICK_LAST_LEFT);
        const after = await waitFor(`passage ${passage} outlined and in view`, async () => {
          const m = await tab.evaluate<{
            text: string;
            visible: boolean;
            scrollTop: number;
          } | null>(FLASHED_RIGHT(passage));
          return m && m.visible && m.scrollTop > 0 ? m : null;
        });
        await tab.screenshot(join(ctx.artifactsDir, `${b}-saved-compare.png`));
        const theirs = new Set(words(after.text));
        const mine = words(last.text);
        const common = mine.filter((w) => theirs.has(w)).length;
        if (common * 2 < mine.length)
          throw new Error(`"${last.text}" and "${after.text}" share ${common} words`);
        return { mine: last.text, theirs: after.text, scrollTop: after.scrollTop };
      },
      (r) =>
        `passage ${passage}: "${r.mine.slice(0, 40)}…" → "${r.theirs.slice(0, 40)}…" (right column scrolled ${r.scrollTop} px)`,
    );
    await log.step(
      `${b}: closing the side-by-side view shows the saved list again`,
      async () => {
        await tab.evaluate(CLOSE);
        return waitFor('the list without the side-by-side view', () =>
          tab.evaluate<boolean>(LIST_SHOWN).then((shown) => shown || null),
        );
      },
      () => 'list shown, [data-compare] gone',
    );
  } finally {
    await tab.close();
  }
  return link.href;
}
