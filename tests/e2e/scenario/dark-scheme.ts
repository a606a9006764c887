import { join } from 'node:path';
import type { BrowserTab } from '../harness/browser-harness.ts';
import { waitFor } from '../harness/wait-for.ts';
import { popupUrl } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** Least contrast ratio for body text (WCAG AA). */
const MIN_CONTRAST = 4.5;

/** What to read: a name for each element whose text must be readable, by selector. */
type Readable = Record<string, string>;

// WCAG 2 contrast of each element's text against its own background, or the body's when
// its own is transparent; the body's luminance says whether the dark scheme applied at all.
// Null until every element is there.
const readColours = (readable: Readable) => `(() => {
  const rgba = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgba(c).slice(0, 3).map((v) => v / 255).map((v) => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (fg, bg) => { const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x); return (a + 0.05) / (b + 0.05); };
  const bodyBg = getComputedStyle(document.body).backgroundColor;
  const contrast = {};
  for (const [name, selector] of Object.entries(${JSON.stringify(readable)})) {
    const e = document.querySelector(selector);
    if (!e) return null;
    const s = getComputedStyle(e);
    const own = rgba(s.backgroundColor)[3] === 0 ? bodyBg : s.backgroundColor;
    contrast[name] = Math.round(ratio(s.color, own) * 10) / 10;
  }
  return { background: Math.round(lum(bodyBg) * 1000) / 1000, contrast };
})()`;

interface Colours {
  background: number;
  contrast: Record<string, number>;
}

/**
 * The popup for outlet-b's tab, the saved-article page and its side-by-side view in the
 * browser's dark mode: a dark background, and text, links, highlighted passages (light
 * highlight colours) and outlet names readable.
 */
export async function checkDarkScheme(
  ctx: ScenarioContext,
  tabId: number,
  compareHref: string | null,
): Promise<void> {
  const { harness } = ctx;
  if (!harness.emulatesDarkScheme) return;
  await checkDarkPage(
    ctx,
    'popup',
    popupUrl(harness, tabId),
    { width: 460, height: 720 },
    {
      text: '.article-text p',
      link: '.match-title',
      mark: 'mark[data-shared]',
      outlet: '.article-header .outlet',
    },
  );
  await checkDarkPage(
    ctx,
    'saved',
    harness.extensionUrl('saved.html'),
    { width: 1000, height: 760 },
    {
      heading: 'h1',
      cell: '.article-table td',
      link: '.article-table a',
      button: '.saved-header button',
    },
  );
  if (!compareHref) return;
  await checkDarkPage(
    ctx,
    'compare',
    harness.extensionUrl(compareHref.slice(1)),
    { width: 1200, height: 800 },
    {
      text: '[data-side="left"] .compare-text p',
      mark: '[data-side="right"] mark[data-shared]',
      outlet: '[data-side="right"] .article-header .outlet',
      link: '.compare-share a',
    },
  );
}

async function checkDarkPage(
  ctx: ScenarioContext,
  page: string,
  url: string,
  viewport: { width: number; height: number },
  readable: Readable,
): Promise<void> {
  const { harness, log } = ctx;
  await log.step(
    `${harness.name}: ${page} in dark mode is dark and readable (contrast ≥ ${MIN_CONTRAST})`,
    async () => {
      const tab: BrowserTab = await harness.openTab(url, { viewport, darkScheme: true });
      try {
        const colours = await waitFor(`the ${page} page to render`, () =>
          tab.evaluate<Colours | null>(readColours(readable)),
        );
        await tab.screenshot(join(ctx.artifactsDir, `${harness.name}-${page}-dark.png`));
        if (colours.background > 0.1)
          throw new Error(`background luminance ${colours.background}: not dark`);
        if (Object.values(colours.contrast).some((r) => r < MIN_CONTRAST))
          throw new Error(`low contrast: ${JSON.stringify(colours.contrast)}`);
        return colours;
      } finally {
        await tab.close();
      }
    },
    (c) => `background luminance ${c.background}; contrast ${JSON.stringify(c.contrast)}`,
  );
}
