// Pure figures from recorded response times.

/** Nearest-rank percentile of ascending values (NaN for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Latencies = { p50: number; p95: number; p975: number; p99: number };

/** The percentiles the bench reports (p97.5 is what issue 15's goals use). */
export function latencies(times: readonly number[]): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p975: percentile(sorted, 97.5), p99: percentile(sorted, 99) };
}
