import { Readability } from '@mozilla/readability';
import { prepareClone } from './prepare-clone.ts';

/** Readability's result with the article as a detached element instead of an HTML string. */
export interface ReadabilityOutput {
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/**
 * Runs Readability on a deep clone, so the reader's live page is never touched. The clone
 * is first cleared of scripts, styles and icons and of pathological nesting, for speed.
 * Classes are kept so later cleaning can recognise captions, share rows and promos, and
 * the serializer hands back the element itself, sparing an HTML round trip.
 */
export function runReadability(doc: Document): ReadabilityOutput | null {
  const clone = preparedClone(doc);
  const reader = new FastReadability(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  if (clone.body) {
    const internals = reader as unknown as ReadabilityInternals;
    spareBodySnapshot(clone.body, () => {
      // The body as Readability's snapshot held it: a new clone, through the same steps its
      // parse() takes before the snapshot (each is a no-op on what they already did).
      // Moved one by one: a page can have more children than a call takes arguments.
      const fresh = preparedClone(doc).body;
      clone.body.replaceChildren();
      while (fresh.firstChild) clone.body.appendChild(fresh.firstChild);
      internals._unwrapNoscriptImages(clone);
      internals._removeScripts(clone);
      internals._prepDocument();
    });
  }
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}

function preparedClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  prepareClone(clone);
  return clone;
}

/** The library's internals this file relies on (Readability 0.6.0, pinned). */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
}

/** What `body.innerHTML` reads as while Readability runs: a snapshot not taken. */
const SNAPSHOT = '\u0000wiretrace: body snapshot';

/**
 * Readability 0.6.0 reads `body.innerHTML` before it looks for the article, serialising the
 * whole page (some 4 ms of a typical page, tests/bench/RESULTS.md), only to write it back when
 * an attempt finds too little text and it tries again with looser rules. Here the read gives
 * a token and writing the token back calls `restore`, so only a page that needs a second
 * attempt pays, and about what the snapshot would have cost. Any other write is the real one.
 */
export function spareBodySnapshot(body: HTMLElement, restore: () => void): void {
  const native = innerHtmlProperty(body);
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => SNAPSHOT,
    set(html: string) {
      if (html === SNAPSHOT) restore();
      else native.set?.call(body, html);
    },
  });
}

/** The `innerHTML` accessor an element inherits (the browser's, or linkedom's in Node). */
function innerHtmlProperty(element: Element): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor) return descriptor;
  }
  throw new Error('no innerHTML accessor');
}

const library = Readability.prototype as unknown as ReadabilityInternals;
/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of. */
const TEXT_NODES = 4 | 8;

/**
 * Readability as it is, with two of its tests made cheap. Readability 0.6.0 builds an
 * element's whole text (`textContent`) where a cheaper look settles the answer:
 * - for the byline test, before its cheap tests (rel="author", itemprop, a byline-like class
 *   or id), on every element it walks until it finds a byline;
 * - for "an element without content", on every div, section, header and heading, wrappers
 *   of the whole article included, where any text at all says no.
 * That is the page's whole text again for <html>, <body> and each wrapper, some 8 ms of a
 * typical page (tests/bench/RESULTS.md). Here the cheap look comes first and the library's
 * own test runs only where it does not settle the answer, so the answer is the library's.
 */
export class FastReadability extends Readability<Element> {
  _isValidByline(node: Element, matchString: string): boolean {
    const mayBeByline =
      node.getAttribute('rel') === 'author' ||
      (node.getAttribute('itemprop') ?? '').includes('author') ||
      library.REGEXPS.byline.test(matchString);
    return mayBeByline && library._isValidByline.call(this, node, matchString);
  }

  _isElementWithoutContent(node: Element): boolean {
    return !hasText(node) && library._isElementWithoutContent.call(this, node);
  }
}

/** Whether any text under `node` is more than white space (textContent.trim() is not empty). */
function hasText(node: Element): boolean {
  const walker = node.ownerDocument.createTreeWalker(node, TEXT_NODES);
  while (walker.nextNode()) if (/\S/.test((walker.currentNode as CharacterData).data)) return true;
  return false;
}
