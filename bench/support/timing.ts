// Timing helpers for the benchmark scripts: repeat a piece of work, report percentiles and peak RSS.

/** The p-th percentile (0-100) of values sorted ascending, nearest rank. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Timings {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

/** Runs `work` `samples` times one after another (after one warm-up run) and returns its latencies in ms. */
export async function time(samples: number, work: (sample: number) => Promise<unknown>): Promise<Timings> {
  await work(-1);
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const t0 = performance.now();
    await work(sample);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], samples };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
