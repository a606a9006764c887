import type { ExtractedArticle } from './article';

/** Stable FNV-1a hash, so the same pasted text maps to the same record. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Where pasted texts without a URL live: the reserved `.invalid` domain, never a page. */
const PASTED_PREFIX = 'https://wiretrace.invalid/pasted/';

/** Whether `url` is a pasted text's made-up address, which no "Open" link may lead to. */
export function isPastedUrl(url: string): boolean {
  return url.startsWith(PASTED_PREFIX);
}

const HEADLINE_CHARS = 80;

/** A title for a text pasted without one: its first paragraph, cut at a word if long. */
function headline(first: string): string {
  if (first.length <= HEADLINE_CHARS) return first;
  const cut = first.lastIndexOf(' ', HEADLINE_CHARS);
  return `${first.slice(0, cut > 0 ? cut : HEADLINE_CHARS).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Turns text a reader pasted (from an e-mail, a PDF) into an article. Without a URL it gets
 * one under the reserved `.invalid` domain, so it can never be mistaken for a real page.
 */
export function pastedArticle(
  text: string,
  title: string,
  outlet: string,
  url: string,
): ExtractedArticle {
  const paragraphs = text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const body = paragraphs.join('\n\n');
  return {
    title: title.trim() || headline(paragraphs[0] ?? ''),
    byline: null,
    outlet: outlet.trim() || 'Pasted text',
    url: /^https?:\/\//i.test(url.trim()) ? url.trim() : PASTED_PREFIX + fnv1a(body),
    publishedTime: null,
    modifiedTime: null,
    lang: null,
    paragraphs,
    text: body,
    credits: [],
  };
}
