import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readMeterCorpus } from '../../utils/eval/meter/read-meter-corpus';
import { runMeterMatching } from '../../utils/eval/meter/run-meter-matching';

/**
 * `npx tsx tests/bench/meter-candidates.ts <meter-dir> <out.json> [--compare <before.json>]`:
 * writes, for every labelled METER article, the sources its matching found (other outlets and
 * chance overlaps, as the METER eval counts them), and with --compare says which were lost or
 * gained since `before.json`, and how many of those are from the article's own story. The
 * check behind "retrieval must not lose METER candidates", finer than the eval's scores.
 */
async function main(args: string[]): Promise<number> {
  const [dir, out] = args;
  const before = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
  if (!dir || !out || !existsSync(dir)) {
    process.stderr.write(
      'usage: meter-candidates.ts <meter-dir> <out.json> [--compare <before.json>]\n',
    );
    return 2;
  }
  const found: Record<string, string[]> = {};
  for (const r of await runMeterMatching(readMeterCorpus(dir)))
    found[r.article.path] = r.matches.map((m) => m.url).sort();
  writeFileSync(out, JSON.stringify(found));
  if (!before) return 0;
  const old = JSON.parse(readFileSync(before, 'utf8')) as Record<string, string[]>;
  // Paths end in <date>/<story>/<file>: a source of the same story shares the two folders.
  const story = (path: string) => path.split('/').slice(-3, -1).join('/');
  const tally = { lost: 0, lostSameStory: 0, gained: 0, gainedSameStory: 0 };
  for (const path of new Set([...Object.keys(old), ...Object.keys(found)])) {
    const was = new Set(old[path] ?? []);
    const now = new Set(found[path] ?? []);
    for (const u of was)
      if (!now.has(u)) (tally.lost++, story(u) === story(path) && tally.lostSameStory++);
    for (const u of now)
      if (!was.has(u)) (tally.gained++, story(u) === story(path) && tally.gainedSameStory++);
  }
  process.stdout.write(`${JSON.stringify(tally)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
