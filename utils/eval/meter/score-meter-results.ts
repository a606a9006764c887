import { articleDerivation, MIN_SOURCE_CUT } from '../../engine/article-derivation';
import type { Span } from '../../engine/types';
import { classificationScores, type ClassificationScores } from '../classification-scores';
import { spanScores, type SpanCase, type SpanScores } from '../span-scores';
import { hasGoldSpans } from './read-meter-corpus';
import type { MeterResult } from './run-meter-matching';

/** The evaluation's figures (the `--json` object without timings). */
export interface MeterScores {
  documents: number;
  classification: ClassificationScores;
  spans: {
    /** Over the articles with word-level annotation. */
    documents: number;
    verbatim: SpanScores;
    verbatimOrRewrite: Omit<SpanScores, 'granularity' | 'plagdet'>;
  };
  retrieval: {
    top1SameStory: number;
    /** Derived articles sharing no passage with any PA text. */
    derivedWithoutMatch: number;
    /** Of those, the ones whose related story (a brief's, find-related.ts) is of their story. */
    relatedSameStory: number;
  };
}

/**
 * Scores matching results against METER's labels: each article's class is the engine's
 * verdict over its matches that could be sources, none dated after it (`articleDerivation`);
 * its predicted passages are every passage shared with any stored PA text (what the popup
 * highlights); its best source is the first match (matchArticle ranks possible sources first),
 * or for a brief that shares no passage, the related story the popup names instead.
 */
export function scoreMeterResults(results: readonly MeterResult[]): MeterScores {
  const pairs = results.map((r) => ({
    gold: r.article.label,
    predicted: articleDerivation(r.article.text, possibleSources(r)),
  }));
  const verbatim: SpanCase[] = [];
  const either: SpanCase[] = [];
  for (const r of results) {
    if (!hasGoldSpans(r.article)) continue;
    const ann = r.article.annotated!;
    const predicted: Span[] = r.matches
      .filter((m) => m.cut >= MIN_SOURCE_CUT)
      .flatMap((m) => m.passages.map((p) => p.a));
    verbatim.push({ text: ann.text, gold: ann.spans.Verbatim, predicted });
    either.push({ text: ann.text, gold: [...ann.spans.Verbatim, ...ann.spans.Rewrite], predicted });
  }
  const derived = results.filter((r) => r.article.label !== 'non');
  const ofStory = (r: MeterResult, url: string | undefined) =>
    (url ?? '').includes(`/${r.article.date}/${r.article.story}/`);
  const sameStory = derived.filter((r) => ofStory(r, r.matches[0]?.url ?? r.related?.url));
  const unmatched = derived.filter((r) => r.matches.length === 0);
  const vr = spanScores(either);
  return {
    documents: results.length,
    classification: classificationScores(pairs),
    spans: {
      documents: verbatim.length,
      verbatim: spanScores(verbatim),
      verbatimOrRewrite: { precision: vr.precision, recall: vr.recall, f1: vr.f1 },
    },
    retrieval: {
      top1SameStory: derived.length ? sameStory.length / derived.length : 0,
      derivedWithoutMatch: unmatched.length,
      relatedSameStory: unmatched.filter((r) => ofStory(r, r.related?.url)).length,
    },
  };
}

/** The matches that could be the article's sources: none published after it. */
function possibleSources(r: MeterResult): MeterResult['matches'] {
  return r.matches.filter((m) => !m.later);
}
