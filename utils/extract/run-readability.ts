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
  const clone = doc.cloneNode(true) as Document;
  prepareClone(clone);
  const reader = new FastBylineReadability(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
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

/** The library's internals the subclass below relies on (Readability 0.6.0, pinned). */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
}

/**
 * Readability as it is, with its byline test made cheap. Readability 0.6.0 measures an
 * element's whole text before its cheap tests (rel="author", itemprop, a byline-like class
 * or id), on every element it walks until it finds a byline: the page's whole text again for
 * <html>, <body> and each wrapper, some 4 ms of a typical page (tests/bench/RESULTS.md).
 * Here the cheap tests run first, and the library's own test only on elements that pass
 * them, so the answer is the library's.
 */
export class FastBylineReadability extends Readability<Element> {
  _isValidByline(node: Element, matchString: string): boolean {
    const internals = Readability.prototype as unknown as ReadabilityInternals;
    const mayBeByline =
      node.getAttribute('rel') === 'author' ||
      (node.getAttribute('itemprop') ?? '').includes('author') ||
      internals.REGEXPS.byline.test(matchString);
    return mayBeByline && internals._isValidByline.call(this, node, matchString);
  }
}
