/** Small, pure helpers for turning repeated timings into the figures the table prints. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function summarise(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), runs: values.length };
}

export const formatMs = (ms: number): string => `${Math.round(ms).toLocaleString('en-US')} ms`;

/** "412 ms (min 380, 7 runs)" */
export const formatSummary = ({ median: middle, min, runs }: Summary): string =>
  `${formatMs(middle)} (min ${Math.round(min).toLocaleString('en-US')}, ${runs} runs)`;

export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)} ×`;

export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
