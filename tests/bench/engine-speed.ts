import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { comparePair, fingerprintText, lookupPrints } from '../../utils/engine/index';
import { openDb, type WiretraceDb } from '../../utils/store/db';
import { readArticle, toRecord } from '../../utils/store/article-record';
import { findCandidates } from '../../utils/store/find-candidates';
import { pairsOf } from '../../utils/store/posting-levels';
import { addPostings } from '../../utils/store/postings';
import { matchArticle } from '../../utils/store/match-article';
import { countWords } from '../../utils/extract/count-words';
import { InMemoryIndex } from './in-memory-index';
import { newsGenerator, seededRandom } from './synthetic-news';

/** Speed figures of matching in Node (fake-indexeddb), milliseconds. */
export interface MatchSpeed {
  storedArticles: number;
  queryWords: number;
  /** Fingerprinting + retrieval + alignment of one new article against the whole store. */
  matchMsMedian: number;
  matchMsP95: number;
  /** Of which: fingerprint retrieval through the store's postings (findCandidates). */
  retrievalMsMedian: number;
  /** Of which: reading the candidates' records (bulkGet). */
  readMsMedian: number;
  /** Of which: aligning the retrieved candidates (comparePair on each, tokenising them). */
  alignMsMedian: number;
  /** The same matching over in-memory postings instead of IndexedDB: the engine's own cost. */
  inMemoryMatchMsMedian: number;
  /** comparePair on one 1,000-word pair sharing about 60% of its text, uncached. */
  comparePairMsMedian: number;
}

/** One query's timings, ms. */
interface QueryTimes {
  match: number;
  retrieval: number;
  read: number;
  align: number;
  inMemory: number;
  pair: number;
}

/**
 * Stores `stored` synthetic articles (300-1,200 words) and matches `queries` new 1,000-word
 * articles against them, each reusing most of one stored article with edits, so retrieval has
 * a real candidate to align among chance ones. The first five queries warm up and are dropped.
 */
export async function measureMatchSpeed(
  stored = 1000,
  queries = 41,
  seed = 7,
): Promise<MatchSpeed> {
  const gen = newsGenerator(seed);
  const random = seededRandom(seed + 1);
  const texts = Array.from({ length: stored }, () => gen(300 + Math.floor(random() * 900)));
  const db = openDb(`engine-speed-${seed}-${Date.now()}`);
  try {
    await fillStore(db, texts);
    const memory = new InMemoryIndex();
    texts.forEach((text, i) => memory.add(i + 1, fingerprintText(text)));
    const runs: QueryTimes[] = [];
    for (let q = 0; q < queries + 5; q++) {
      const source = (k: number) => texts[(q * k) % stored]!;
      const pick = (k: number) => reuse(source(k), gen, random);
      const times = await timeQuery(db, memory, texts, [
        pick(37),
        pick(43),
        pick(41),
        pick(53),
        source(53),
      ]);
      if (q >= 5) runs.push(times);
    }
    const median = (key: keyof QueryTimes) =>
      quantile(
        runs.map((r) => r[key]),
        0.5,
      );
    return {
      storedArticles: stored,
      queryWords: 1000,
      matchMsMedian: median('match'),
      matchMsP95: quantile(
        runs.map((r) => r.match),
        0.95,
      ),
      retrievalMsMedian: median('retrieval'),
      readMsMedian: median('read'),
      alignMsMedian: median('align'),
      inMemoryMatchMsMedian: median('inMemory'),
      comparePairMsMedian: median('pair'),
    };
  } finally {
    db.close();
    await db.delete();
  }
}

/** Bulk fill: this bench times matching, not storing (issue 4's bench times the fill). */
async function fillStore(db: WiretraceDb, texts: string[]): Promise<void> {
  const record = (text: string, i: number) => ({
    id: i + 1,
    title: `a${i}`,
    byline: null,
    outlet: `outlet${i % 20}`,
    url: `https://example.test/${i}`,
    publishedTime: null,
    modifiedTime: null,
    lang: 'en',
    paragraphs: text.split('\n\n'),
    text,
    credits: [],
    firstSeen: i,
    lastSeen: i,
    wordCount: countWords(text),
  });
  await db.articles.bulkAdd(texts.map((text, i) => toRecord(record(text, i))));
  const prints = texts.map((text, i) => ({ articleId: i + 1, hashes: fingerprintText(text) }));
  await db.prints.bulkAdd(prints);
  await db.transaction('rw', db.postings, () => addPostings(db.postings, pairsOf(prints)));
}

/**
 * Times the store's matching of `query`, its steps on `parts`, the in-memory matching of
 * `fresh`, and comparePair on `pairText` with the article it reuses.
 */
async function timeQuery(
  db: WiretraceDb,
  memory: InMemoryIndex,
  texts: string[],
  [query, parts, fresh, pairText, pairSource]: string[],
): Promise<QueryTimes> {
  const t0 = performance.now();
  await matchArticle(db, { text: query!, outlet: 'query' });
  const t1 = performance.now();
  // The same steps one by one on another new article (nothing cached).
  const candidates = await findCandidates(db, lookupPrints(parts!));
  const t2 = performance.now();
  const records = await db.articles.bulkGet(candidates.map((c) => c.articleId));
  const others = records.map((r) => (r ? readArticle(r) : undefined));
  const t3 = performance.now();
  for (const o of others) if (o) comparePair(parts!, o.text);
  const t4 = performance.now();
  for (const id of memory.candidates(lookupPrints(fresh!))) comparePair(fresh!, texts[id - 1]!);
  const t5 = performance.now();
  comparePair(pairText!, pairSource!);
  const t6 = performance.now();
  return {
    match: t1 - t0,
    retrieval: t2 - t1,
    read: t3 - t2,
    align: t4 - t3,
    inMemory: t5 - t4,
    pair: t6 - t5,
  };
}

/** A 1,000-word article reusing the first 600 words of `source` with a re-spelled word in each paragraph. */
function reuse(source: string, gen: (n: number) => string, random: () => number): string {
  const kept = source.split(/\s+/).slice(0, 600);
  for (let i = 20; i < kept.length; i += 45) kept[i] = `${kept[i]}x`;
  const fresh = gen(1000 - kept.length);
  return random() < 0.5 ? `${kept.join(' ')}\n\n${fresh}` : `${fresh}\n\n${kept.join(' ')}`;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureMatchSpeed().then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
