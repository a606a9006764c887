import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { classifyDerivation, DERIVATION_THRESHOLDS } from '../../utils/engine/classify-derivation';
import type { Derivation } from '../../utils/engine/types';
import { classificationScores } from '../../utils/eval/classification-scores';
import { crossValidate } from '../../utils/eval/cross-validate';
import {
  derivationFeatures,
  FEATURE_NAMES,
  type FeatureName,
} from '../../utils/eval/meter/derivation-features';
import { cachedTokens } from '../../utils/engine/cached-tokens';
import { MIN_SOURCE_CUT, tokenize } from '../../utils/engine/index';
import { findExactRuns } from '../../utils/engine/find-fragments';
import type { Span } from '../../utils/engine/types';
import { spanScores } from '../../utils/eval/span-scores';
import { bestThresholds } from '../../utils/eval/meter/meter-ceilings';
import { hasGoldSpans, readMeterCorpus } from '../../utils/eval/meter/read-meter-corpus';
import { scoreMeterResults } from '../../utils/eval/meter/score-meter-results';
import { runMeterMatching, sourceUrl } from '../../utils/eval/meter/run-meter-matching';
import { fitSoftmax, predictSoftmax } from '../../utils/eval/softmax-regression';

/**
 * `npx tsx tests/bench/meter-classifier-probe.ts <meter-dir>`: would another rule classify
 * METER's articles better than the engine's two thresholds on cut %? Prints one JSON object:
 * - `fixedRule`: the engine's rule as it ships (the eval's figures);
 * - `bestThresholdInSample`: per overlap measure (derivation-features.ts), the best two
 *   thresholds chosen on the gold labels themselves (an optimistic bound, not a result);
 * - `crossValidated`: rules chosen on four fifths of the stories and scored on the fifth
 *   they were not chosen on (five folds of whole stories, as an unseen split would be):
 *   thresholds on cut % re-chosen, and multinomial logistic regressions on sets of measures;
 * - `verbatimSpans`: Verbatim span scores (as the eval's) of the engine's passages, and of
 *   them plus every run of two or more identical words shared with a found source, all such
 *   runs or only those holding a word found in at most a tenth of the stored texts (names,
 *   rare words): what recall the short runs the alignment leaves out could add.
 */
const FOLDS = 5;
const CLASSES: readonly Derivation[] = ['wholly', 'partially', 'non'];
const FEATURE_SETS: readonly FeatureName[][] = [
  ['cut'],
  ['cut', 'logWords'],
  ['cut', 'words2', 'logWords'],
  ['cut', 'cutOutsideQuotes', 'logWords'],
  [...FEATURE_NAMES],
];

interface Doc {
  gold: Derivation;
  story: string;
  features: Record<FeatureName, number>;
}

async function main(args: string[]): Promise<number> {
  const [dir] = args;
  if (!dir || !existsSync(dir)) {
    process.stderr.write('usage: meter-classifier-probe.ts <meter-dir>\n');
    return 2;
  }
  const corpus = readMeterCorpus(dir);
  const texts = new Map(corpus.sources.map((s) => [sourceUrl(s), s.text]));
  const results = await runMeterMatching(corpus);
  // The eval's own figures, the baseline every other rule here is held against.
  const evalScores = scoreMeterResults(results);
  const docs: Doc[] = results.map((r) => ({
    gold: r.article.label,
    story: `${r.article.date}/${r.article.story}`,
    features: derivationFeatures(r, (url) => texts.get(url)),
  }));
  const scored = (predicted: readonly Derivation[]) => {
    const s = classificationScores(
      docs.map((d, i) => ({ gold: d.gold, predicted: predicted[i]! })),
    );
    return { macroF1: round(s.macroF1), binaryF1: round(s.binaryF1) };
  };
  const byThresholds = (training: readonly Doc[]) => {
    const { thresholds } = bestThresholds(
      training.map((d) => ({ gold: d.gold, cut: d.features.cut })),
    );
    return (d: Doc) => classifyDerivation(d.features.cut, thresholds);
  };
  const bySoftmax = (names: readonly FeatureName[]) => (training: readonly Doc[]) => {
    const row = (d: Doc) => names.map((n) => d.features[n]);
    const model = fitSoftmax(
      training.map(row),
      training.map((d) => CLASSES.indexOf(d.gold)),
      CLASSES.length,
    );
    return (d: Doc) => CLASSES[predictSoftmax(model, row(d))]!;
  };
  const report = {
    documents: docs.length,
    folds: FOLDS,
    fixedRule: {
      thresholds: DERIVATION_THRESHOLDS,
      macroF1: round(evalScores.classification.macroF1),
      binaryF1: round(evalScores.classification.binaryF1),
    },
    everyArticleDerived: scored(docs.map(() => 'partially')),
    bestThresholdInSample: Object.fromEntries(
      FEATURE_NAMES.map((name) => {
        const b = bestThresholds(docs.map((d) => ({ gold: d.gold, cut: d.features[name] })));
        const t = { wholly: round(b.thresholds.wholly), partially: round(b.thresholds.partially) };
        return [name, { macroF1: round(b.bestThresholdMacroF1), thresholds: t }];
      }),
    ),
    crossValidated: {
      rechosenThresholds: scored(crossValidate(docs, (d) => d.story, FOLDS, byThresholds)),
      softmax: FEATURE_SETS.map((names) => ({
        features: names,
        ...scored(crossValidate(docs, (d) => d.story, FOLDS, bySoftmax(names))),
      })),
    },
    verbatimSpans: verbatimSpanVariants(results, texts, evalScores.spans.verbatim),
  };
  process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
  return 0;
}

function verbatimSpanVariants(
  results: Awaited<ReturnType<typeof runMeterMatching>>,
  texts: ReadonlyMap<string, string>,
  engine: Prf,
) {
  const heldBy = new Map<number, number>();
  for (const t of texts.values())
    for (const h of new Set(tokenize(t).hashes)) heldBy.set(h, (heldBy.get(h) ?? 0) + 1);
  const rare = (h: number) => (heldBy.get(h) ?? 0) <= texts.size / 10;
  const annotated = results.filter((r) => hasGoldSpans(r.article));
  const score = (extra: (words: Uint32Array, run: { a: number; len: number }) => boolean) => {
    const cases = annotated.map((r) => {
      const sources = r.matches.filter((m) => m.cut >= MIN_SOURCE_CUT);
      const predicted: Span[] = sources.flatMap((m) => m.passages.map((p) => p.a));
      const t = cachedTokens(r.article.text);
      for (const m of sources) {
        const other = cachedTokens(texts.get(m.url) ?? '').hashes;
        for (const run of findExactRuns(t.hashes, other, 2)) {
          if (extra(t.hashes, run))
            predicted.push({ start: t.starts[run.a]!, end: t.ends[run.a + run.len - 1]! });
        }
      }
      return { text: r.article.text, gold: r.article.annotated!.spans.Verbatim, predicted };
    });
    return rounded(spanScores(cases));
  };
  return {
    engine: rounded(engine),
    withAllShortRuns: score(() => true),
    withRareShortRuns: score((words, { a, len }) => words.subarray(a, a + len).some(rare)),
  };
}

type Prf = { precision: number; recall: number; f1: number };

function rounded({ precision, recall, f1 }: Prf): Prf {
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
