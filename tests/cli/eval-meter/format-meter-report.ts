import type { MeterCeilings } from '../../../utils/eval/meter/meter-ceilings';
import type { MeterScores } from '../../../utils/eval/meter/score-meter-results';

const f = (x: number): string => x.toFixed(3);

/** The evaluation figures as a short human-readable report. */
export function formatMeterReport(
  r: MeterScores & { seconds: number; speed: Record<string, number>; ceilings?: MeterCeilings },
): string {
  const c = r.classification;
  const v = r.spans.verbatim;
  const vr = r.spans.verbatimOrRewrite;
  const lines = [
    `documents: ${r.documents}`,
    `classification: macro F1 ${f(c.macroF1)}, accuracy ${f(c.accuracy)}, binary F1 ${f(c.binaryF1)}`,
    ...Object.entries(c.perClass).map(
      ([k, s]) => `  ${k.padEnd(9)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}`,
    ),
    `  confusion (gold → predicted): ${JSON.stringify(c.confusion)}`,
    `spans over ${r.spans.documents} annotated articles:`,
    `  verbatim            P ${f(v.precision)}  R ${f(v.recall)}  F1 ${f(v.f1)}  granularity ${f(v.granularity)}  plagdet ${f(v.plagdet)}`,
    `  verbatim or rewrite P ${f(vr.precision)}  R ${f(vr.recall)}  F1 ${f(vr.f1)}`,
    `retrieval: top1SameStory ${f(r.retrieval.top1SameStory)} (derived articles sharing no passage: ${r.retrieval.derivedWithoutMatch}, of which ${r.retrieval.relatedSameStory} with a related story of their own story)`,
    `speed: ${Object.entries(r.speed)
      .map(([k, x]) => `${k} ${x.toFixed(2)}`)
      .join(', ')}`,
    `seconds: ${r.seconds.toFixed(1)}`,
    ...(r.ceilings ? ceilingLines(r.ceilings) : []),
  ];
  return `${lines.join('\n')}\n`;
}

const prf = (s: { precision: number; recall: number; f1: number }): string =>
  `P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}`;

function ceilingLines(c: MeterCeilings): string[] {
  const t = c.classification;
  return [
    'ceilings (each with information no matcher has; run sets bound recall, thresholds bound any two-threshold rule):',
    `  verbatim, every shared run of >= 2 words with the gold story: ${prf(c.spans.exactRuns2)}`,
    `  verbatim, every shared run of >= 3 words with the gold story: ${prf(c.spans.exactRuns3)}`,
    `  verbatim, engine passages with the gold story only:           ${prf(c.spans.engineWithGoldStory)}`,
    `  classification, thresholds on cut % chosen on the gold labels: macro F1 ${f(t.bestThresholdMacroF1)} (wholly >= ${t.thresholds.wholly}, partially >= ${t.thresholds.partially}), best binary F1 ${f(t.bestThresholdBinaryF1)}`,
    ...(['words1', 'words2', 'words3'] as const).map((k) => {
      const g = t.goldStoryContainment[k];
      return `  classification, the same on ${k.slice(5)}-word containment in the gold story: macro F1 ${f(g.macroF1)}, binary F1 ${f(g.binaryF1)}`;
    }),
    `  derived articles sharing no passage with their gold story: ${f(c.retrieval.derivedSharingNothingWithStory)}`,
  ];
}
