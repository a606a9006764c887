import type { JsonLdNode } from './read-json-ld.ts';
import { jsonLdString } from './read-json-ld.ts';

const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * The page's language as a BCP 47 tag: `<html lang>`, then the content-language and
 * language meta tags, then `og:locale` (`en_US` becomes `en-US`), then JSON-LD inLanguage.
 */
export function detectLang(
  doc: Document,
  meta: Map<string, string>,
  article: JsonLdNode | null,
): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    meta.get('content-language'),
    meta.get('language'),
    meta.get('dc.language'),
    meta.get('og:locale'),
    jsonLdString(article, 'inLanguage'),
  ];
  for (const candidate of candidates) {
    const tag = candidate?.split(',')[0]?.trim().replace(/_/g, '-');
    if (tag && LANG_TAG.test(tag)) return tag;
  }
  return null;
}
