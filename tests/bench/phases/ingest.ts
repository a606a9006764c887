import type { ExtractedArticle } from '../../../utils/article.ts';
import type { Corpus } from '../generator/corpus.ts';
import type { BenchDriver } from '../driver/bench-driver.ts';
import { send } from './send.ts';

/**
 * Ingest of one new article while the store is full: one-record `import-articles` requests
 * (validated, fingerprinted, stored with its fingerprints in one transaction). Fresh
 * articles from `firstFresh` on; returns the round-trip times.
 */
export async function timeIngest(
  driver: BenchDriver,
  corpus: Corpus,
  count: number,
  firstFresh: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const { ms, value } = await send<{ imported: number }>(driver, {
      kind: 'import-articles',
      articles: [corpus.freshArticle(firstFresh + k)],
    });
    if (value.imported !== 1)
      throw new Error(`ingest of fresh article ${k} stored ${value.imported}`);
    times.push(ms);
  }
  return times;
}

/**
 * The `analyse` request asked for in NEEDS.md (match, and store when `save`), if this build
 * answers it: match of a *new* article, and the whole per-page cost. Null when unsupported.
 */
export async function timeAnalyse(
  driver: BenchDriver,
  corpus: Corpus,
  count: number,
  firstFresh: number,
) {
  const probe = { kind: 'analyse', article: corpus.freshArticle(firstFresh), save: false };
  const supported = await send(driver, probe, '(v) => null').then(
    () => true,
    () => false,
  );
  if (!supported) return null;
  const articles = [
    ...corpus.heldOut,
    ...Array.from({ length: count }, (_, k) => corpus.freshArticle(firstFresh + 1 + k)),
  ].slice(0, count);
  const matchNew: number[] = [];
  for (const article of articles)
    matchNew.push(
      (await send(driver, { kind: 'analyse', article, save: false }, '(v) => null')).ms,
    );
  const pageRead: number[] = [];
  for (const article of articles)
    pageRead.push((await send(driver, { kind: 'analyse', article, save: true }, '(v) => null')).ms);
  // A brief no stored article shares text with: matched, then looked up among the articles
  // read around it for a related story (utils/store/find-related.ts), the costliest path.
  const briefs = articles.map((a, k) => asBrief(a, corpus.freshArticle(firstFresh + 1000 + k)));
  const matchBrief: number[] = [];
  for (const article of briefs)
    matchBrief.push(
      (await send(driver, { kind: 'analyse', article, save: false }, '(v) => null')).ms,
    );
  return { matchNew, pageRead, matchBrief };
}

/** BRIEF_WORDS words of an article no stored one shares text with, under `like`'s metadata. */
function asBrief(like: ExtractedArticle, unrelated: ExtractedArticle): ExtractedArticle {
  const text = unrelated.text.split(/\s+/).slice(0, BRIEF_WORDS).join(' ');
  return { ...like, url: `${like.url}-brief`, paragraphs: [text], text };
}

/** Under BRIEF_MAX_WORDS (150) and over the 100 words of text a page needs to be an article. */
const BRIEF_WORDS = 120;
