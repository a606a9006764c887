import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { readMeterCorpus } from '../../utils/eval/meter/read-meter-corpus';
import { runMeterMatching } from '../../utils/eval/meter/run-meter-matching';
import { scoreMeterResults } from '../../utils/eval/meter/score-meter-results';
import { meterCeilings } from '../../utils/eval/meter/meter-ceilings';
import { measureMatchSpeed } from '../bench/engine-speed';
import { formatMeterReport } from './eval-meter/format-meter-report';

const USAGE = 'usage: npm run eval -- meter <corpus-dir> [--json] [--ceilings]';

/**
 * `npm run eval -- meter <dir> [--json]`: stores every PA text of a METER-layout corpus, matches
 * every labelled newspaper article against the store as the extension does, and scores the
 * derivation classes, the shared passages and the best sources against METER's annotation.
 * `--ceilings` adds upper bounds of what exact-text matching can score there (after `seconds`,
 * which times the evaluation itself).
 */
async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const withCeilings = args.includes('--ceilings');
  const [command, dir] = args.filter((x) => !x.startsWith('--'));
  if (command !== 'meter' || !dir) return fail(USAGE);
  if (!existsSync(dir)) return fail(`eval: ${dir}: no such directory`);
  const start = performance.now();
  const corpus = readMeterCorpus(dir);
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w}\n`);
  if (corpus.sources.length === 0 || corpus.articles.length === 0)
    return fail(`eval: ${dir}: not a METER corpus`);
  const results = await runMeterMatching(corpus);
  const scores = scoreMeterResults(results);
  const perArticle = results.map((r) => r.ms).sort((x, y) => x - y);
  const speed = await measureMatchSpeed();
  const seconds = (performance.now() - start) / 1000;
  const report = {
    ...scores,
    seconds,
    speed: { meterMatchMsMedian: perArticle[perArticle.length >> 1] ?? 0, ...speed },
    ...(withCeilings ? { ceilings: meterCeilings(corpus, results) } : {}),
  };
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatMeterReport(report));
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
