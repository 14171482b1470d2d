// Summary statistics for repeated runs.

/** The value at quantile q (0..1) of `values`, by linear interpolation between closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Median and p90 of a list of run values. */
export function summarise(values) {
  return { median: quantile(values, 0.5), p90: quantile(values, 0.9), runs: values.length };
}
