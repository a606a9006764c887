/**
 * Reads every `<meta>` tag once into a map keyed by lower-cased `property`, `name`,
 * `itemprop` or `http-equiv`. The first value wins because outlets that repeat a tag
 * usually put the article's own value before template defaults.
 */
export function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** First non-empty value among `keys` in a map from {@link readMetaTags}. */
export function firstMeta(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}
