/** A JSON-LD node as parsed from the page; shapes vary too much to type further. */
export type JsonLdNode = Record<string, unknown>;

/** What the extractor needs from a page's JSON-LD blocks. */
export interface JsonLdInfo {
  /** The first node typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting...). */
  article: JsonLdNode | null;
  /** Every `@type` seen, e.g. to tell a CollectionPage from an article. */
  types: string[];
  /** Name of the first Organization / NewsMediaOrganization node, a fallback publisher. */
  organizationName: string | null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|NewsArticle|OpinionNewsArticle)$/;
const ORGANIZATION_TYPE = /(Organization|NewsMediaOrganization|Corporation)$/;

/** Parses all `application/ld+json` scripts, tolerating CDATA wrappers and broken blocks. */
export function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = { article: null, types: [], organizationName: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const node of flattenJsonLd(parseJsonLdText(script.textContent ?? ''))) {
      const types = nodeTypes(node);
      info.types.push(...types);
      if (!info.article && types.some((t) => ARTICLE_TYPE.test(t))) info.article = node;
      if (!info.organizationName && types.some((t) => ORGANIZATION_TYPE.test(t))) {
        info.organizationName = jsonLdName(node);
      }
    }
  }
  return info;
}

/**
 * JSON.parse after stripping the CDATA / HTML comment wrappers some CMSes emit. Broken
 * blocks get a second chance with the two mistakes seen most: raw line breaks inside
 * strings and HTML-escaped quotes (`&quot;`, `&#34;`).
 */
export function parseJsonLdText(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(\/\/\s*)?(<!\[CDATA\[|<!--)/, '')
    .replace(/(\/\/\s*)?(\]\]>|-->)\s*$/, '')
    .trim();
  if (!cleaned) return null;
  const repaired = () =>
    cleaned
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/&quot;|&#0*34;/g, '"')
      .replace(/&amp;/g, '&');
  return tryParse(cleaned) ?? tryParse(repaired());
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Top-level arrays, `@graph` arrays and `mainEntity` nodes become one flat list of nodes. */
export function flattenJsonLd(value: unknown, depth = 0): JsonLdNode[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => flattenJsonLd(v, depth + 1));
  const node = value as JsonLdNode;
  // A WebPage often carries the article as its mainEntity rather than beside it.
  const nested = [node['@graph'], node['mainEntity']].filter((v) => v && typeof v === 'object');
  return [node, ...nested.flatMap((v) => flattenJsonLd(v, depth + 1))];
}

/** `@type` as a list of strings (it may be a string or an array). */
export function nodeTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The `name` of a node or of the first node in an array, or the string itself. */
export function jsonLdName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return jsonLdName(value[0]);
  if (value && typeof value === 'object') return jsonLdName((value as JsonLdNode)['name']);
  return null;
}

/** Names of all entries when a field holds a list of people or organisations. */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => jsonLdName(v)).filter((n): n is string => !!n);
}

/** A string-valued field of a node (first entry if it is an array), or null. */
export function jsonLdString(node: JsonLdNode | null, key: string): string | null {
  const value = node?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : null;
}
