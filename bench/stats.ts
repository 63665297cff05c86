// The one place the benchmark turns a series of times into figures (p50 / p95 / max).

export interface Figures {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** Nearest-rank percentiles: p95 of 60 samples is the third slowest. NaN for an empty series. */
export function figures(values: readonly number[]): Figures {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => (s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]);
  return { p50: at(50), p95: at(95), max: at(100), n: s.length };
}

export const median = (values: readonly number[]): number => figures(values).p50;

export const show = (f: Figures): string => `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms (n=${f.n})`;
