import { tokenize, type TokenList } from './tokenize';

// About 50 KB per 1,000-word article: 128 entries keep the background heap small.
const LIMIT = 128;
const cache = new Map<string, TokenList>();

/**
 * `tokenize` with a small least-recently-used cache: the article being read is compared with
 * several candidates, and stored articles come back as candidates again and again.
 */
export function cachedTokens(text: string): TokenList {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const tokens = tokenize(text);
  cache.set(text, tokens);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return tokens;
}
