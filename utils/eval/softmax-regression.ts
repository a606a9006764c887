/**
 * Multinomial logistic regression, small and deterministic: the reference for "would several
 * overlap measures together classify better than one threshold?". Features are standardised
 * on the training set; classes can be weighted by inverse frequency, since the score that
 * matters (macro F1) weighs every class alike however rare.
 */
export interface SoftmaxModel {
  mean: number[];
  scale: number[];
  /** One row per class: bias, then one weight per feature. */
  weights: number[][];
}

export interface SoftmaxOptions {
  /** L2 penalty on the weights (not the biases), per training example. */
  l2?: number;
  steps?: number;
  rate?: number;
  /** Weigh each example by the inverse of its class's frequency. */
  balanced?: boolean;
}

/** Fits `classes` classes (labels 0…classes-1) to `xs` by full-batch gradient descent. */
export function fitSoftmax(
  xs: readonly number[][],
  ys: readonly number[],
  classes: number,
  { l2 = 1, steps = 3000, rate = 0.2, balanced = true }: SoftmaxOptions = {},
): SoftmaxModel {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const scale = mean.map((m, j) => {
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x[j]! - m) ** 2, 0) / n);
    return sd > 1e-9 ? sd : 1;
  });
  const rows = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const counts = Array.from({ length: classes }, (_, c) => ys.filter((y) => y === c).length);
  const weightOf = (y: number) => (balanced ? n / (classes * Math.max(1, counts[y]!)) : 1);
  const weights = Array.from({ length: classes }, () => new Array<number>(d + 1).fill(0));
  for (let step = 0; step < steps; step++) {
    const grad = weights.map((w) => w.map((_, j) => (j === 0 ? 0 : (l2 * w[j]!) / n)));
    rows.forEach((row, i) => {
      const p = probabilities(weights, row);
      const w = weightOf(ys[i]!);
      for (let c = 0; c < classes; c++) {
        const err = (w * (p[c]! - (ys[i] === c ? 1 : 0))) / n;
        for (let j = 0; j <= d; j++) grad[c]![j]! += err * row[j]!;
      }
    });
    for (let c = 0; c < classes; c++)
      for (let j = 0; j <= d; j++) weights[c]![j]! -= rate * grad[c]![j]!;
  }
  return { mean, scale, weights };
}

/** The most probable class of `x`. */
export function predictSoftmax(model: SoftmaxModel, x: readonly number[]): number {
  const row = [1, ...x.map((v, j) => (v - model.mean[j]!) / model.scale[j]!)];
  const p = probabilities(model.weights, row);
  return p.indexOf(Math.max(...p));
}

function probabilities(weights: readonly number[][], row: readonly number[]): number[] {
  const z = weights.map((w) => w.reduce((s, wj, j) => s + wj * row[j]!, 0));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
