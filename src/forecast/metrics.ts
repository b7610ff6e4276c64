/**
 * Scores of a set of forecasts against what happened. Probabilities in [0, 1], outcomes 0/1.
 */

/**
 * Area under the ROC curve: the chance that a random onset was given a higher forecast than a
 * random non-onset, ties counting a half (the Mann–Whitney statistic, from average ranks).
 * Null when there is no onset or no non-onset: the area is then undefined, not 0.5.
 */
export function auc(scores: ArrayLike<number>, outcomes: ArrayLike<number>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (outcomes[order[k]!] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (!positives || !negatives) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between forecast probability and outcome. */
export function brier(probabilities: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) sum += (probabilities[i]! - outcomes[i]!) ** 2;
  return probabilities.length ? sum / probabilities.length : Number.NaN;
}

/**
 * How many onsets are among the k highest forecasts. A tie at the cut is broken against the
 * onsets (a non-onset with the same forecast ranks first), so a model gains nothing from ties.
 */
export function onsetsInTop(scores: ArrayLike<number>, outcomes: ArrayLike<number>, k: number): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || outcomes[a]! - outcomes[b]!);
  let found = 0;
  for (let i = 0; i < Math.min(k, order.length); i++) found += outcomes[order[i]!] === 1 ? 1 : 0;
  return found;
}
