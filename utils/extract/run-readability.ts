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
  const reader = new Readability<Element>(clone, {
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
