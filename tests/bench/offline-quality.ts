import 'fake-indexeddb/auto';
import { openDb } from '../../utils/store/db';
import { readArticle } from '../../utils/store/article-record';
import { importArticles } from '../../utils/store/import-articles';
import { matchArticle } from '../../utils/store/match-article';
import { createCorpus } from './generator/corpus.ts';
import { randomPositions } from './phases/queries.ts';
import { scoreQuality, type QueryReport } from './quality/score-quality.ts';

/**
 * `npx tsx tests/bench/offline-quality.ts [N] [seed]`: the bench's planted-pair quality in
 * Node (fake-indexeddb, the store's own code, the same corpus and queries as the browser
 * run), so retrieval and listing rules can be tried in seconds. Quality only: Node timings
 * say nothing of a browser's IndexedDB.
 */
async function main(size: number, seed: number): Promise<void> {
  const corpus = createCorpus({ seed, size });
  const db = openDb(`offline-quality-${Date.now()}`);
  for (let from = 0; from < size; from += 500) {
    const batch = [];
    for (let i = from; i < Math.min(size, from + 500); i++) batch.push(corpus.articleAt(i));
    await importArticles(db, batch, 1);
  }
  const planted = corpus.families.flatMap((f) => f.members.map((m) => m.index));
  const queries = [...planted, ...randomPositions(corpus, 60)];
  const reports: QueryReport[] = [];
  let candidates = 0;
  for (const index of queries) {
    const article = readArticle((await db.articles.get(index + 1))!);
    const report = await matchArticle(db, article);
    candidates +=
      report.otherOutlets.length + report.chanceOverlaps.length + report.sameOutlet.length;
    reports.push({
      url: article.url,
      text: article.text,
      matches: report.otherOutlets.map((m) => ({
        url: m.url,
        outlet: m.outlet,
        passages: m.passages.map((p) => p.a),
      })),
    });
  }
  const score = scoreQuality(corpus.families, reports);
  process.stdout.write(
    `${JSON.stringify({ size, seed, alignedPerQuery: candidates / queries.length, ...score })}\n`,
  );
}

main(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 1)).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
