import type { ExtractedArticle } from './article';

/** Stable FNV-1a hash, so the same pasted text maps to the same record. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
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
    title: title.trim() || (paragraphs[0] ?? '').slice(0, 80),
    byline: null,
    outlet: outlet.trim() || 'Pasted text',
    url: /^https?:\/\//i.test(url.trim())
      ? url.trim()
      : `https://wiretrace.invalid/pasted/${fnv1a(body)}`,
    publishedTime: null,
    modifiedTime: null,
    lang: null,
    paragraphs,
    text: body,
    credits: [],
  };
}
