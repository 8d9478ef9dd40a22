/**
 * Half-up rounding at a number of decimals, immune to binary noise: 518.97 / 6 is stored as
 * 86.49499999999999 but means 86.495, which the NACC shows as 86.50. We first cut the scaled value
 * to 15 significant digits (binary noise sits in the 16th and 17th; 15 keeps budgets exact to the
 * satang up to 10 trillion baht), then round half away from zero.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Fixed-decimal text of a half-up rounded value ("86.50"). */
export function formatFixed(value: number, decimals = 2): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
