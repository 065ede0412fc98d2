// How the hidden-signal check's numbers read: p-values, test statistics, divergences.

/** Below this a double-precision p-value is not meaningful (and often underflows to 0). */
const SMALLEST_P = 1e-16;

/** 0.4213 -> "0.421"; 0.0043 -> "0.0043"; 3.2e-7 -> "3.2e-7"; 0 -> "< 1e-16"; 0.9999 -> "> 0.999". */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p) || p < 0 || p > 1) return "—";
  if (p < SMALLEST_P) return "< 1e-16";
  if (p < 0.001) return p.toExponential(1).replace(/\.0e/, "e");
  if (p < 0.01) return p.toPrecision(2);
  if (p > 0.999) return "> 0.999";
  return p.toFixed(3);
}

/** "p < 1e-16", "p = 0.042". */
export function pValueLabel(p: number): string {
  const text = formatPValue(p);
  return /^[<>]/.test(text) ? `p ${text}` : `p = ${text}`;
}

const statisticFormats = [
  new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }),
  new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
  new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 }),
];

/** A test statistic: 12345.678 -> "12,345.7"; 3.14159 -> "3.14"; 0.012345 -> "0.0123". */
export function formatStatistic(value: number): string {
  if (!Number.isFinite(value)) return "—";
  const magnitude = Math.abs(value);
  return statisticFormats[magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2].format(value);
}

/** A Jensen-Shannon divergence in bits: 0.01234 -> "0.0123 bits"; 3.4e-6 -> "3.4e-6 bits". */
export function formatBits(bits: number): string {
  if (!Number.isFinite(bits)) return "—";
  if (bits === 0) return "0 bits";
  if (bits < 1e-4) return `${bits.toExponential(1).replace(/\.0e/, "e")} bits`;
  const text = bits
    .toPrecision(3)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  return `${text} ${text === "1" ? "bit" : "bits"}`;
}

/** A log2 ratio as a signed number and a factor: 1.58 -> "+1.58 (×3.0)"; -1 -> "−1.00 (×0.50)". */
export function formatLog2Ratio(log2Ratio: number): string {
  const factor = 2 ** log2Ratio;
  const sign = log2Ratio > 0 ? "+" : log2Ratio < 0 ? "−" : "";
  return `${sign}${Math.abs(log2Ratio).toFixed(2)} (×${factor >= 10 ? factor.toFixed(0) : factor.toPrecision(2)})`;
}
