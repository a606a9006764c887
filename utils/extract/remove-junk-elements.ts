/** Elements that never hold article prose. */
const DROP_TAGS = new Set([
  'figure', 'figcaption', 'picture', 'img', 'video', 'audio', 'iframe', 'svg', 'canvas', 'button', 'form',
  'input', 'select', 'textarea', 'label', 'nav', 'aside', 'script', 'style', 'noscript', 'template', 'object', 'embed',
]);
/** Parts of class/id names that mark captions, credits, share rows, promos and ads. */
const JUNK_PARTS = new Set([
  'caption', 'captions', 'credit', 'credits', 'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription',
  'signup', 'related', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'outbrain',
  'taboola', 'breadcrumb', 'breadcrumbs', 'paywall', 'readmore', 'recirculation', 'recirc', 'toolbar', 'tooltip',
]);
/** A junk-named element with more text than this is probably a wrapper around prose. */
const MAX_JUNK_TEXT = 600;

/**
 * Removes furniture from Readability's article element (run with `keepClasses`):
 * media with their captions and credits, forms and buttons, and small blocks whose class
 * or id says caption, share, newsletter, related, promo or ad. Hidden elements go too.
 */
export function removeJunkElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (isJunk(element)) element.remove();
  }
}

function isJunk(element: Element): boolean {
  if (DROP_TAGS.has(element.localName.toLowerCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  if (!names.trim() || !hasJunkPart(names)) return false;
  return (element.textContent ?? '').length <= MAX_JUNK_TEXT;
}

/** Splits "c-article__share-bar adSlot" into parts: c, article, share, bar, ad, slot. */
export function hasJunkPart(names: string): boolean {
  const parts = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:.]+/);
  return parts.some((part) => JUNK_PARTS.has(part));
}
