/** Elements that never hold article prose. */
const DROP_TAGS = new Set(
  [
    'figcaption audio iframe svg canvas button form input select textarea label nav aside',
    'script style noscript template object embed',
  ]
    .join(' ')
    .split(' '),
);
/** Parts of class/id names that mark captions, credits, share rows, promos, ads and social embeds. */
const JUNK_PARTS = new Set(
  [
    'caption captions credit credits share sharing social newsletter subscribe subscription signup',
    'related promo advert advertisement ad ads adslot sponsor sponsored outbrain taboola breadcrumb',
    'breadcrumbs readmore recirculation recirc toolbar tooltip tweet twitter instagram tiktok',
    'embed oembed',
  ]
    .join(' ')
    .split(' '),
);
/** A junk-named `<p>` longer than this reads as prose, not as a prompt or credit. */
const MAX_FURNITURE_PARAGRAPH = 200;
/** A junk-named element with more text than this is kept if it holds a prose paragraph. */
const MAX_JUNK_TEXT = 600;

/**
 * Removes furniture from Readability's article element (run with `keepClasses`):
 * media with their captions and credits, forms and buttons, and small blocks whose class
 * or id says caption, share, newsletter, related, promo or ad. Hidden elements go too.
 */
export function removeJunkElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (MEDIA_TAGS.has(element.localName.toLowerCase())) mediaBlock(element, root).remove();
    else if (isJunk(element)) element.remove();
  }
}

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'figure']);
const TEXT_TAGS = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'dd',
]);
/** Caption plus credit rarely exceeds this; a container with more text holds prose too. */
const MAX_CAPTION_TEXT = 250;
const MAX_MEDIA_LEVELS = 3;

/**
 * The block that wraps an image with its caption and credit when the page does not use
 * `<figure>`: the highest of a few ancestors whose text stays caption-sized. A paragraph
 * with text around an inline image is prose and is not climbed into, nor is a block that
 * also holds a heading.
 */
function mediaBlock(media: Element, root: Element): Element {
  let block = media;
  let parent = media.parentElement;
  for (let level = 0; parent && parent !== root && level < MAX_MEDIA_LEVELS; level++) {
    const length = (parent.textContent ?? '').trim().length;
    if (length > MAX_CAPTION_TEXT) break;
    if (TEXT_TAGS.has(parent.localName.toLowerCase()) && length > 0) break;
    // A heading beside the image is an item of a list article, not a caption.
    if (parent.querySelector('h1, h2, h3, h4, h5, h6')) break;
    block = parent;
    parent = parent.parentElement;
  }
  return block;
}

function isJunk(element: Element): boolean {
  const tag = element.localName.toLowerCase();
  if (DROP_TAGS.has(tag)) return true;
  const hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
  const part = junkPart(`${element.getAttribute('class') ?? ''} ${element.id ?? ''}`);
  if (!hidden && !part) return false;
  const length = (element.textContent ?? '').length;
  // A full paragraph of prose stays whatever its class says (some sites mark metered text).
  if (tag === 'p' && length > MAX_FURNITURE_PARAGRAPH) return false;
  // "item image no_caption" wrapping a list-article heading is content, whatever its class says.
  if (part && CAPTION_PARTS.has(part) && element.querySelector('h1, h2, h3, h4, h5, h6'))
    return false;
  // A big block is still furniture (a newsletter box with price plans) unless it holds prose;
  // an app root hidden behind a consent dialog (aria-hidden) holds the article.
  return length <= MAX_JUNK_TEXT || !holdsProse(element);
}

function holdsProse(element: Element): boolean {
  const paragraphs = Array.from(element.querySelectorAll('p, blockquote, li'));
  return paragraphs.some((p) => (p.textContent ?? '').length > MAX_FURNITURE_PARAGRAPH);
}

const CAPTION_PARTS = new Set(['caption', 'captions', 'credit', 'credits']);

/** The first junk part of class/id names: "c-article__share-bar adSlot" has c, article, share... */
function junkPart(names: string): string | null {
  const parts = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:.]+/);
  return parts.find((part) => JUNK_PARTS.has(part)) ?? null;
}

/** True when class/id names contain a part that marks captions, share rows, promos or ads. */
export function hasJunkPart(names: string): boolean {
  return junkPart(names) !== null;
}
