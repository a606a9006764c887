import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserTab } from '../harness/browser-harness.ts';
import { waitFor } from '../harness/wait-for.ts';
import { popupUrl } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** axe-core's own build, read from node_modules and run in the page under test. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The rules checked: WCAG 2.1 levels A and AA, what axe can decide without a person. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken: its id, impact and up to three of the elements breaking it. */
interface Violation {
  id: string;
  impact: string | null;
  nodes: number;
  targets: string[];
}

// Runs axe on the page as it is: `ready` (a selector) says the page has rendered. axe's
// source is part of the evaluated script, not passed to eval(): Firefox ESR 140.12 applies an
// extension page's CSP to eval() in a WebDriver BiDi script, and axe sets `window.axe` itself.
const RUN_AXE = (ready: string) => `(async () => {
  if (!document.querySelector(${JSON.stringify(ready)})) return null;
  if (!window.axe) {
    ${AXE_SOURCE}
  }
  const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
})()`;

/**
 * The popup for outlet-b's tab (passages listed and highlighted), the saved-article page
 * with its "Check a text" form open, and the side-by-side view pass axe-core's WCAG 2.1 A
 * and AA rules: labelled controls, names for links and buttons, contrast, structure.
 */
export async function checkAccessibility(
  ctx: ScenarioContext,
  tabId: number,
  compareHref: string | null,
): Promise<void> {
  await checkPage(ctx, 'popup', popupUrl(ctx.harness, tabId), '.match-title');
  await checkPage(
    ctx,
    'saved page',
    ctx.harness.extensionUrl('saved.html'),
    '.article-table',
    `document.querySelectorAll('details').forEach((d) => (d.open = true))`,
  );
  if (compareHref)
    await checkPage(
      ctx,
      'side by side',
      ctx.harness.extensionUrl(compareHref.slice(1)),
      '[data-side="right"] mark',
    );
}

/** One extension page passes axe-core's rules once `ready` (a selector) is on it. */
export async function checkPage(
  ctx: ScenarioContext,
  name: string,
  url: string,
  ready: string,
  prepare?: string,
): Promise<void> {
  const { harness, log } = ctx;
  await log.step(
    `${harness.name}: ${name} passes axe-core's WCAG 2.1 A and AA rules`,
    async () => {
      const tab: BrowserTab = await harness.openTab(url, { viewport: { width: 1000, height: 760 } });
      try {
        if (prepare) {
          await waitFor(`the ${name} to render`, () =>
            tab.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(ready)})`).then(
              (ok) => ok || null,
            ),
          );
          await tab.evaluate(`(${prepare}, true)`);
        }
        const violations = await waitFor(`axe to run on the ${name}`, () =>
          tab.evaluate<Violation[] | null>(RUN_AXE(ready)),
        );
        if (violations.length > 0)
          throw new Error(
            violations
              .map((v) => `${v.id} (${v.impact}, ${v.nodes}×: ${v.targets.join(' | ')})`)
              .join('; '),
          );
        return violations;
      } finally {
        await tab.close();
      }
    },
    () => 'no violations',
  );
}
