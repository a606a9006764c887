import { classifyDerivation, comparePair, sourceCut, tokenize } from '../../engine/index';
import { findExactRuns } from '../../engine/find-fragments';
import type { Derivation, Span } from '../../engine/types';
import { classificationScores } from '../classification-scores';
import { nGramContainment } from '../ngram-containment';
import { spanScores, type SpanCase, type SpanScores } from '../span-scores';
import {
  hasGoldSpans,
  type MeterArticle,
  type MeterCorpus,
  type MeterSource,
} from './read-meter-corpus';
import type { MeterResult } from './run-meter-matching';

type Prf = Pick<SpanScores, 'precision' | 'recall' | 'f1'>;

/**
 * Reference points for what exact-text matching can score on a corpus, so that a missed
 * target can be told apart from a weak engine; each uses information no real matcher has
 * (the gold story's sources, or the gold labels themselves). The run sets bound Verbatim
 * recall from above (no exact run of that length is missed; precision is that of keeping
 * them all); the thresholds bound every two-threshold rule on the engine's cut %.
 */
export interface MeterCeilings {
  spans: {
    /** Every maximal run of >= 2 identical words shared with a PA text of the gold story. */
    exactRuns2: Prf;
    /** The same with runs of >= 3 words. */
    exactRuns3: Prf;
    /** The engine's own passages with the gold story's PA texts (perfect retrieval). */
    engineWithGoldStory: Prf;
  };
  classification: {
    /** Best macro F1 of any two thresholds on the engine's combined cut %, chosen on the gold labels. */
    bestThresholdMacroF1: number;
    /** Best binary F1 of any threshold on the engine's combined cut %, chosen on the gold labels. */
    bestThresholdBinaryF1: number;
    thresholds: { wholly: number; partially: number };
    /**
     * The same best scores on a plain overlap measure with perfect retrieval instead of the
     * engine's cut: the share of the article's word n-grams (n = 1, 2, 3) found in any PA
     * text of its gold story.
     */
    goldStoryContainment: Record<
      'words1' | 'words2' | 'words3',
      { macroF1: number; binaryF1: number }
    >;
  };
  retrieval: {
    /** Share of derived articles sharing no passage at all with any PA text of their gold story. */
    derivedSharingNothingWithStory: number;
  };
}

/** Computes `MeterCeilings` from a corpus and the engine's results on it. */
export function meterCeilings(corpus: MeterCorpus, results: readonly MeterResult[]): MeterCeilings {
  const story = (a: MeterArticle): MeterSource[] =>
    corpus.sources.filter((s) => s.date === a.date && s.story === a.story);
  const annotated = results.filter((r) => hasGoldSpans(r.article));
  const caseOf = (r: MeterResult, predicted: Span[]): SpanCase => ({
    text: r.article.text,
    gold: r.article.annotated!.spans.Verbatim,
    predicted,
  });
  const spans = (predict: (r: MeterResult) => Span[]): Prf => {
    const s = spanScores(annotated.map((r) => caseOf(r, predict(r))));
    return { precision: s.precision, recall: s.recall, f1: s.f1 };
  };
  // Each article's passages with its gold story's PA texts, aligned once for both figures.
  const withStory = new Map(
    results.map((r) => [
      r,
      story(r.article).flatMap((s) => comparePair(r.article.text, s.text).passages.map((p) => p.a)),
    ]),
  );
  const derived = results.filter((r) => r.article.label !== 'non');
  const sharingNothing = derived.filter((r) => withStory.get(r)!.length === 0);
  return {
    spans: {
      exactRuns2: spans((r) => exactRuns(r.article.text, story(r.article), 2)),
      exactRuns3: spans((r) => exactRuns(r.article.text, story(r.article), 3)),
      engineWithGoldStory: spans((r) => withStory.get(r)!),
    },
    classification: {
      ...bestThresholds(
        results.map((r) => ({ gold: r.article.label, cut: sourceCut(r.article.text, r.matches) })),
      ),
      goldStoryContainment: {
        words1: containmentCeiling(results, story, 1),
        words2: containmentCeiling(results, story, 2),
        words3: containmentCeiling(results, story, 3),
      },
    },
    retrieval: {
      derivedSharingNothingWithStory: derived.length ? sharingNothing.length / derived.length : 0,
    },
  };
}

/** Character ranges of `text` in maximal runs of at least `minRun` words shared with a source. */
function exactRuns(text: string, sources: readonly MeterSource[], minRun: number): Span[] {
  const t = tokenize(text);
  return sources.flatMap((s) =>
    findExactRuns(t.hashes, tokenize(s.text).hashes, minRun).map((f) => ({
      start: t.starts[f.a]!,
      end: t.ends[f.a + f.len - 1]!,
    })),
  );
}

/** Best threshold scores on the share of each article's word n-grams found in its gold story. */
function containmentCeiling(
  results: readonly MeterResult[],
  story: (a: MeterArticle) => MeterSource[],
  n: number,
): { macroF1: number; binaryF1: number } {
  const docs = results.map((r) => ({
    gold: r.article.label,
    cut: nGramContainment(
      r.article.text,
      story(r.article).map((s) => s.text),
      n,
    ),
  }));
  const best = bestThresholds(docs);
  return { macroF1: best.bestThresholdMacroF1, binaryF1: best.bestThresholdBinaryF1 };
}

/** The thresholds on cut % (or any score) that score best against the gold labels, and those scores. */
export function bestThresholds(docs: readonly { gold: Derivation; cut: number }[]) {
  const cuts = [...new Set(docs.map((d) => d.cut))].sort((x, y) => x - y);
  const classify = (w: number, p: number) =>
    classificationScores(
      docs.map((d) => ({
        gold: d.gold,
        predicted: classifyDerivation(d.cut, { wholly: w, partially: p }),
      })),
    );
  let best = {
    bestThresholdMacroF1: 0,
    bestThresholdBinaryF1: 0,
    thresholds: { wholly: 0, partially: 0 },
  };
  for (const p of cuts) {
    best.bestThresholdBinaryF1 = Math.max(
      best.bestThresholdBinaryF1,
      classify(Infinity, p).binaryF1,
    );
    for (const w of cuts) {
      if (w < p) continue;
      const macro = classify(w, p).macroF1;
      if (macro > best.bestThresholdMacroF1)
        best = { ...best, bestThresholdMacroF1: macro, thresholds: { wholly: w, partially: p } };
    }
  }
  return best;
}
