import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedTokens } from '../../utils/engine/cached-tokens';
import {
  isBrief,
  mostSimilar,
  RELATED_MIN_SIMILARITY,
  relatedStory,
} from '../../utils/engine/related-story';
import { readMeterCorpus } from '../../utils/eval/meter/read-meter-corpus';
import { HELSINKI_CSV, parseCsv } from './generator/training-text';
import { summarize } from './stats';
import { newsGenerator } from './synthetic-news';
import { RELATED_NEIGHBOURS } from '../../utils/store/find-related';

/**
 * `npx tsx tests/bench/related-story-probe.ts <meter-dir>`: how far apart a brief's related
 * story and an unrelated one are (engine/related-story.ts), and what a lookup costs. Prints
 * one JSON object:
 * - `meterBriefs`: every labelled METER article of at most BRIEF_MAX_WORDS words, looked up
 *   among the PA texts and 80 articles of the Helsinki corpus (another subject): how many
 *   find a PA text of their own story, and the lowest similarities of those that do;
 * - `unrelated`: 35- and 100-word stretches (from words 0, 300 and 900) of the real news
 *   pages in ../shared/pages, none of them on a subject of that store: their highest
 *   similarities, and how many reach the threshold;
 * - `msPerLookup`: one brief against RELATED_NEIGHBOURS generated 600-word articles, median.
 * Reads ../shared by path when present; never copies it.
 */
const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'pages');
const STRETCH_WORDS = [35, 100];

function main(dir: string | undefined): number {
  if (!dir || !existsSync(dir) || !existsSync(HELSINKI_CSV) || !existsSync(PAGES)) {
    process.stderr.write('usage: related-story-probe.ts <meter-dir> (needs ../shared)\n');
    return 2;
  }
  const corpus = readMeterCorpus(dir);
  const rows = parseCsv(readFileSync(HELSINKI_CSV, 'utf8'));
  const column = rows[0]!.indexOf('text');
  const otherSubject = rows.slice(1, 81).map((r) => (r[column] ?? '').split(' ### ').join('\n\n'));
  const store = [
    ...corpus.sources.map((s) => ({ text: s.text, story: `${s.date}/${s.story}` })),
    ...otherSubject.map((text) => ({ text, story: 'helsinki' })),
  ];
  const candidates = store.map((s, id) => ({ id, text: s.text }));

  const found: number[] = [];
  const missed: string[] = [];
  const briefs = corpus.articles.filter((a) => isBrief(a.text));
  for (const a of briefs) {
    const pick = relatedStory(a.text, candidates);
    if (pick && store[pick.id]!.story === `${a.date}/${a.story}`) found.push(pick.similarity);
    else missed.push(`${a.date}/${a.story}/${a.paper}`);
  }

  const unrelated = STRETCH_WORDS.map((words) => {
    const scores: { page: string; similarity: number }[] = [];
    for (const page of readdirSync(PAGES)) {
      const html = readFileSync(join(PAGES, page, 'expected.html'), 'utf8');
      const text = html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
      const { starts, ends } = cachedTokens(text);
      for (const from of [0, 300, 900]) {
        if (starts.length < from + words) continue;
        const stretch = text.slice(starts[from]!, ends[from + words - 1]!);
        const best = mostSimilar(stretch, candidates);
        scores.push({ page: `${page}@${from}`, similarity: round(best?.similarity ?? 0) });
      }
    }
    scores.sort((x, y) => y.similarity - x.similarity);
    return {
      words,
      stretches: scores.length,
      aboveThreshold: scores.filter((s) => s.similarity >= RELATED_MIN_SIMILARITY).length,
      highest: scores.slice(0, 4),
    };
  });

  const generate = newsGenerator(7);
  const neighbours = Array.from({ length: RELATED_NEIGHBOURS }, (_, id) => ({
    id,
    text: generate(600),
  }));
  const brief = generate(40);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    relatedStory(brief, neighbours);
    times.push(performance.now() - start);
  }

  const out = {
    threshold: RELATED_MIN_SIMILARITY,
    store: { pa: corpus.sources.length, otherSubject: otherSubject.length },
    meterBriefs: {
      briefs: briefs.length,
      ownStory: found.length,
      lowestSimilarities: found
        .sort((x, y) => x - y)
        .slice(0, 5)
        .map(round),
      missed,
    },
    unrelated,
    msPerLookup: round(summarize(times).median),
  };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  return 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

process.exitCode = main(process.argv[2]);
