import { consentTermCount } from './is-consent-notice.ts';

/** Elements that never contribute article text; removing them first spares Readability work. */
const INERT_SELECTOR = [
  'script:not([type="application/ld+json"])',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'canvas',
  'object',
  'embed',
  'link',
  'source',
  'track',
  'map',
].join(',');
/** Class/id words of cookie and consent overlays (and the platforms that serve them). */
const CONSENT_WORDS = [
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'onetrust',
  'didomi',
  'usercentrics',
  'truste',
  'qc-cmp2',
  'sp_message',
  'cookiebanner',
  'privacy-banner',
];
/** One of the words as a whole word of the id or class (between spaces, "_" or "-"). */
const CONSENT_NAME = new RegExp(`(^|[\\s_-])(${CONSENT_WORDS.join('|')})([\\s_-]|$)`, 'i');
/**
 * The elements whose id or class holds one of the words anywhere, in any case: a superset
 * of those CONSENT_NAME names, found by the browser's selector engine. Testing the pattern on
 * every element with an id or class instead cost a site's first page 5-6 ms (RESULTS.md).
 */
export const CONSENT_CANDIDATES = CONSENT_WORDS.flatMap((word) => [
  `[id*="${word}" i]`,
  `[class*="${word}" i]`,
]).join(',');
/** An overlay holds a notice, not an article; a bigger element named so is a page wrapper. */
const MAX_OVERLAY_TEXT = 4000;

/**
 * Removes scripts, styles, inline SVG icons, iframes and similar from a cloned document
 * before Readability runs: they hold no article text, but on modern pages they are a large
 * share of all elements. JSON-LD scripts stay because Readability reads metadata from
 * them. Returns how many elements were removed. Call it on a clone only.
 */
export function stripInertElements(doc: Document): number {
  const inert = Array.from(doc.querySelectorAll(INERT_SELECTOR));
  for (const element of inert) element.remove();
  return inert.length;
}

/**
 * A cookie or consent overlay: named so by its id or class and talking like one. A long
 * consent notice can otherwise outscore a short article in Readability.
 */
export function isConsentOverlay(element: Element): boolean {
  const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
  if (!CONSENT_NAME.test(names)) return false;
  const text = element.textContent ?? '';
  // The notice's own words confirm it: a recipe card called "cookie-recipe" does not talk of consent.
  return (
    text.length <= MAX_OVERLAY_TEXT && consentTermCount(text) >= 2 && !element.querySelector('h1')
  );
}
