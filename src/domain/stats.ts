/** Arithmetic mean; undefined for an empty list (an absent score is not a zero). */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Weighted sum Σ wᵢ·vᵢ; the caller guarantees the weights add up to 1 where that matters. */
export function weightedSum(values: readonly number[], weights: readonly number[]): number {
  let total = 0;
  values.forEach((v, i) => (total += v * (weights[i] ?? 0)));
  return total;
}
