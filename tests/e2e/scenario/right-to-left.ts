import { join } from 'node:path';
import { PATHS } from './expected.ts';
import { checkPage } from './accessibility.ts';
import { popupUrl, waitForPopupStatus } from './popup-probe.ts';
import type { ScenarioContext } from './scenario-context.ts';

/** How the popup lays out the page's words: their direction and language, read from the page. */
const LAYOUT = `(() => {
  const dir = (e) => (e ? getComputedStyle(e).direction : null);
  const paragraphs = [...document.querySelectorAll('.article-text p')];
  return {
    lang: document.querySelector('.article-text')?.getAttribute('lang') ?? null,
    paragraphs: paragraphs.map(dir),
    title: dir(document.querySelector('.article-header .title')),
    titleLang: document.querySelector('.article-header .title')?.getAttribute('lang') ?? null,
    matchTitle: dir(document.querySelector('.match-title')),
    // Which side of its line the title's text sits on: a right-to-left title starts at the right.
    matchTitleSide: (() => {
      const title = document.querySelector('.match-title');
      if (!title) return null;
      const range = document.createRange();
      range.selectNodeContents(title);
      const text = range.getBoundingClientRect();
      const box = title.getBoundingClientRect();
      if (text.width >= box.width - 2) return 'full';
      return Math.abs(box.right - text.right) <= 2 ? 'right' : 'left';
    })(),
    matchOutlet: document.querySelector('.match-outlet bdi')?.textContent ?? null,
    heading: dir(document.querySelector('h2')),
  };
})()`;
interface Layout {
  lang: string | null;
  paragraphs: (string | null)[];
  title: string | null;
  titleLang: string | null;
  matchTitle: string | null;
  matchTitleSide: 'left' | 'right' | 'full' | null;
  matchOutlet: string | null;
  heading: string | null;
}

/**
 * Two Arabic outlets (outlet-c and outlet-d, `lang="ar"`) running one story, the second with
 * a reworded lead, a dropped paragraph, a name written with a shadda and «» quotes: the
 * second's popup lists the first, highlights the shared passages, and shows the page's words
 * right to left in their language while its own English stays left to right. Run last: both
 * are stored.
 */
export async function checkRightToLeft(ctx: ScenarioContext): Promise<void> {
  const { harness, server, log, viewer } = ctx;
  const b = harness.name;
  const shown = await log.step(
    `${b}: an Arabic copy of an Arabic story lists it, and its popup reads right to left`,
    async () => {
      const first = server.origin('outlet-c') + PATHS.arabicFirst;
      const source = await harness.openTab(first);
      await waitForPopupStatus(harness, viewer, source.tabId, ['article'], 'the Arabic story');
      const copy = await harness.openTab(server.origin('outlet-d') + PATHS.arabicCopy);
      const view = await waitForPopupStatus(harness, viewer, copy.tabId, ['article'], 'its copy');
      await viewer.screenshot(join(ctx.artifactsDir, `${b}-popup-arabic.png`));
      const match = view.matches[0];
      if (view.matches.length !== 1 || match?.url !== first)
        throw new Error(`lists ${JSON.stringify(view.matches)}`);
      // Hand count: 88 % of the copy's words (`npm run compare` gave 88.1 when written).
      if (match.percent < 80 || match.percent > 95) throw new Error(`cut ${match.percent} %`);
      if (view.marks.length < 2) throw new Error(`${view.marks.length} marks`);
      const layout = await viewer.evaluate<Layout>(LAYOUT);
      if (layout.lang !== 'ar' || layout.titleLang !== 'ar')
        throw new Error(`lang "${layout.lang}", title lang "${layout.titleLang}"`);
      if (!layout.paragraphs.length || layout.paragraphs.some((d) => d !== 'rtl'))
        throw new Error(`paragraph directions ${layout.paragraphs.join(', ')}`);
      if (layout.title !== 'rtl' || layout.matchTitle !== 'rtl')
        throw new Error(`title ${layout.title}, match title ${layout.matchTitle}`);
      if (layout.matchTitleSide !== 'right')
        throw new Error(`the match title's text sits ${layout.matchTitleSide}, not right`);
      if (layout.matchOutlet !== 'صحيفة الوادي') throw new Error(`outlet "${layout.matchOutlet}"`);
      if (layout.heading !== 'ltr') throw new Error(`the popup's own heading is ${layout.heading}`);
      return { tabId: copy.tabId, percent: match.percent, marks: view.marks.length, layout };
    },
    (r) =>
      `cut ${r.percent} %, ${r.marks} marks; ${r.layout.paragraphs.length} paragraphs rtl, lang "ar", title and match title rtl (match title at the right), own heading ltr`,
  );
  // Its language attributes are valid (axe's valid-lang) and the Arabic keeps its contrast.
  if (shown)
    await checkPage(
      ctx,
      'popup of the Arabic copy',
      popupUrl(harness, shown.tabId),
      '.match-title',
    );
}
