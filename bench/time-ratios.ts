/** Percentiles and time ratios shared by the extraction benchmarks (Node and Chromium). */

/** The value at fraction `p` (0.5 = median) of `values`, sorted ascending. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * How much slower `ms` is than `bareMs` (per-page times, same page order): ratio of the medians,
 * ratio of the 95th percentiles, and the median of per-page ratios.
 */
export function timeRatios(ms: number[], bareMs: number[]): string {
  const at = (p: number): string => (percentile(ms, p) / percentile(bareMs, p)).toFixed(2);
  const perPage = percentile(
    ms.map((value, i) => value / (bareMs[i] ?? value)),
    0.5,
  ).toFixed(2);
  return `median ${at(0.5)}, p95 ${at(0.95)}, per-page median ${perPage}`;
}
