// The rows behind the number-frequency and hidden-signal charts, and their tables and CSV files.
import type { SignatureResult } from "@/lib/datasets/signature/signature.types";

export interface NumberCount {
  number: number;
  count: number;
}

/** The most frequent numbers, most frequent first (ties by number). */
export function topNumbers(frequency: readonly NumberCount[], n: number): NumberCount[] {
  return [...frequency]
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.number - b.number)
    .slice(0, n);
}

export function totalCount(frequency: readonly NumberCount[]): number {
  return frequency.reduce((sum, row) => sum + row.count, 0);
}

export interface ContrastRow {
  token: string;
  count: number;
  controlCount: number;
  log2Ratio: number;
  /** Benjamini-Hochberg adjusted p-value of the token's share (below the significance level: only those are listed). */
  qValue: number;
  direction: "over" | "under";
}

/** Over-represented tokens first (largest ratio on top), then under-represented (most negative last). */
export function contrastRows(result: Pick<SignatureResult, "overRepresented" | "underRepresented">): ContrastRow[] {
  const over = [...result.overRepresented].sort((a, b) => b.log2Ratio - a.log2Ratio);
  const under = [...result.underRepresented].sort((a, b) => b.log2Ratio - a.log2Ratio);
  return [
    ...over.map(({ token, count, controlCount, log2Ratio, qValue }) => ({
      token,
      count,
      controlCount,
      log2Ratio,
      qValue,
      direction: "over" as const,
    })),
    ...under.map(({ token, count, controlCount, log2Ratio, qValue }) => ({
      token,
      count,
      controlCount,
      log2Ratio,
      qValue,
      direction: "under" as const,
    })),
  ];
}

/** A symmetric axis limit for a diverging chart: the largest |value|, rounded up to a whole number. */
export function symmetricLimit(values: readonly number[]): number {
  const largest = values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  return Math.max(1, Math.ceil(largest));
}

/** Whole-number ticks covering -limit to +limit, at most 9 of them; the first and last are the axis ends. */
export function symmetricTicks(limit: number): number[] {
  const step = Math.max(1, Math.ceil(limit / 4));
  const end = Math.ceil(limit / step) * step;
  const ticks: number[] = [];
  for (let tick = -end; tick <= end; tick += step) ticks.push(tick);
  return ticks;
}
