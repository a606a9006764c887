/** Elements that never contribute article text; removing them first spares Readability work. */
const INERT_SELECTOR = [
  'script:not([type="application/ld+json"])', 'style', 'noscript', 'template', 'svg', 'iframe', 'canvas', 'object',
  'embed', 'link', 'source', 'track', 'map',
].join(',');

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
