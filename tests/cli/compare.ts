import { absentParagraphs, comparePair } from '../../utils/engine/index';
import type { Span } from '../../utils/engine/types';
import { CliError, readInputText } from './read-input-text';

const USAGE = 'usage: npm run compare -- <a.txt|a.html> <b.txt|b.html>';

/**
 * `npm run compare -- <a> <b>`: aligns article a with article b and prints, as JSON, the cut %
 * (share of a found in b), paste % (share of b found in a), derivation class, longest passage
 * and every shared passage with its text in both, plus b's paragraphs absent from a.
 */
async function main(args: string[]): Promise<void> {
  const files = args.filter((x) => x !== '--');
  if (files.length !== 2) throw new CliError(USAGE);
  const [a, b] = await Promise.all(files.map(readInputText));
  const score = comparePair(a!, b!);
  const withText = (text: string, s: Span) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  });
  const output = {
    cut: score.cut,
    paste: score.paste,
    derivation: score.derivation,
    longestWords: score.longestWords,
    passages: score.passages.map((p) => ({ a: withText(a!, p.a), b: withText(b!, p.b) })),
    absentFromA: absentParagraphs(
      b!,
      score.passages.map((p) => p.b),
    ).map((s) => withText(b!, s)),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`compare: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(e instanceof CliError ? e.exitCode : 1);
});
