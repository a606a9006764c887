import type { Derivation } from '../engine/types';

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationScores {
  macroF1: number;
  accuracy: number;
  /** F1 of "derived" (wholly or partially) against "non". */
  binaryF1: number;
  perClass: Record<Derivation, ClassScores>;
  /** confusion[gold][predicted] counts. */
  confusion: Record<Derivation, Record<Derivation, number>>;
}

const CLASSES: readonly Derivation[] = ['wholly', 'partially', 'non'];

/** Three-class and binary scores of predicted derivation classes against gold labels. */
export function classificationScores(
  pairs: readonly { gold: Derivation; predicted: Derivation }[],
): ClassificationScores {
  const confusion = Object.fromEntries(
    CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))]),
  ) as Record<Derivation, Record<Derivation, number>>;
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const perClass = Object.fromEntries(
    CLASSES.map((c) => [c, classScores(pairs, (d) => d === c)]),
  ) as Record<Derivation, ClassScores>;
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  return {
    macroF1: CLASSES.reduce((s, c) => s + perClass[c].f1, 0) / CLASSES.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    binaryF1: classScores(pairs, (d) => d !== 'non').f1,
    perClass,
    confusion,
  };
}

function classScores(
  pairs: readonly { gold: Derivation; predicted: Derivation }[],
  positive: (d: Derivation) => boolean,
): ClassScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of pairs) {
    if (positive(predicted) && positive(gold)) tp++;
    else if (positive(predicted)) fp++;
    else if (positive(gold)) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
