import { hashString } from '../engine/hash';

/**
 * K-fold cross-validation with folds made of whole groups: every item of a group (a METER
 * story: its articles report one event from one set of wire texts) is held out together, so
 * a rule is always scored on stories it was not chosen on, as on an unseen split.
 * Returns each item's prediction by the rule trained on the other folds, in item order.
 */
export function crossValidate<T, P>(
  items: readonly T[],
  groupOf: (item: T) => string,
  folds: number,
  train: (training: readonly T[]) => (item: T) => P,
): P[] {
  // By the group's name only: the same folds on every run and machine.
  const fold = items.map((item) => hashString(groupOf(item)) % folds);
  const predicted = new Array<P>(items.length);
  for (let k = 0; k < folds; k++) {
    if (!fold.includes(k)) continue;
    const predict = train(items.filter((_, i) => fold[i] !== k));
    items.forEach((item, i) => {
      if (fold[i] === k) predicted[i] = predict(item);
    });
  }
  return predicted;
}
