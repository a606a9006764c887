import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { comparePair, fingerprintText } from '../../utils/engine/index';
import { openDb } from '../../utils/store/db';
import { findCandidates } from '../../utils/store/find-candidates';
import { matchArticle } from '../../utils/store/match-article';
import { countWords } from '../../utils/store/save-article';
import { InMemoryIndex } from './in-memory-index';
import { newsGenerator, seededRandom } from './synthetic-news';

/** Speed figures of matching in Node (fake-indexeddb), milliseconds. */
export interface MatchSpeed {
  storedArticles: number;
  queryWords: number;
  /** Fingerprinting + retrieval + alignment of one new article against the whole store. */
  matchMsMedian: number;
  matchMsP95: number;
  /** Of which: fingerprint retrieval through the store's index (findCandidates). */
  retrievalMsMedian: number;
  /** Of which: aligning the retrieved candidates (comparePair on each). */
  alignMsMedian: number;
  /** The same matching over in-memory postings instead of IndexedDB: the engine's own cost. */
  inMemoryMatchMsMedian: number;
  /** comparePair on one 1,000-word pair sharing about 60% of its text, uncached. */
  comparePairMsMedian: number;
}

/**
 * Stores `stored` synthetic articles (300-1,200 words) and matches `queries` new 1,000-word
 * articles against them, each reusing most of one stored article with edits, so retrieval has
 * a real candidate to align among chance ones.
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
    // Filled in bulk: this bench times matching, not storing (issue 4's bench times the fill).
    await db.articles.bulkAdd(
      texts.map((text, i) => ({
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
      })),
    );
    await db.prints.bulkAdd(
      texts.map((text, i) => ({ articleId: i + 1, hashes: fingerprintText(text) })),
    );
    const times: number[] = [];
    const pairTimes: number[] = [];
    const retrievalTimes: number[] = [];
    const alignTimes: number[] = [];
    const memoryTimes: number[] = [];
    const memory = new InMemoryIndex();
    texts.forEach((text, i) => memory.add(i + 1, fingerprintText(text)));
    for (let q = 0; q < queries + 5; q++) {
      const query = reuse(texts[(q * 37) % stored]!, gen, random);
      const t0 = performance.now();
      await matchArticle(db, { text: query, outlet: 'query', hashes: fingerprintText(query) });
      const t1 = performance.now();
      const t4 = performance.now();
      const candidates = await findCandidates(db, fingerprintText(query));
      const t5 = performance.now();
      const others = await db.articles.bulkGet(candidates.map((c) => c.articleId));
      const t6 = performance.now();
      for (const o of others) if (o) comparePair(query, o.text);
      const t7 = performance.now();
      const fresh = reuse(texts[(q * 41 + 3) % stored]!, gen, random);
      const t8 = performance.now();
      for (const id of memory.candidates(fingerprintText(fresh)))
        comparePair(fresh, texts[id - 1]!);
      const t9 = performance.now();
      const other = reuse(texts[(q * 53 + 1) % stored]!, gen, random);
      const t2 = performance.now();
      comparePair(other, texts[(q * 53 + 1) % stored]!);
      const t3 = performance.now();
      if (q >= 5) {
        times.push(t1 - t0);
        pairTimes.push(t3 - t2);
        retrievalTimes.push(t5 - t4);
        alignTimes.push(t7 - t6);
        memoryTimes.push(t9 - t8);
      }
    }
    return {
      storedArticles: stored,
      queryWords: 1000,
      matchMsMedian: quantile(times, 0.5),
      matchMsP95: quantile(times, 0.95),
      retrievalMsMedian: quantile(retrievalTimes, 0.5),
      alignMsMedian: quantile(alignTimes, 0.5),
      inMemoryMatchMsMedian: quantile(memoryTimes, 0.5),
      comparePairMsMedian: quantile(pairTimes, 0.5),
    };
  } finally {
    db.close();
    await db.delete();
  }
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
