import { hasInterval, type Estimate } from "@/lib/stats/interval";

// An interval in words, the same on every page, in the CLI and in every report: "[11.1%, 12.9%]",
// "[0.0%, 8.1%] (cut at 0%)" for a rate interval that reached past the scale, or "no interval (one
// question only)" rather than a zero width that reads as certainty. Pure.

const percent = (rate: number, digits: number) => `${(rate * 100).toFixed(digits)}%`;
const plain = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** Why an estimate has no interval, or null when it has one. */
export function noIntervalReason(estimate: Pick<Estimate, "low" | "high" | "noInterval">): string | null {
  if (hasInterval(estimate)) return null;
  return estimate.noInterval ?? "no width";
}

/** Where a rate interval was cut at the ends of [0, 1]. */
function clippedEnds(estimate: Pick<Estimate, "low" | "high">): { low: boolean; high: boolean } {
  return { low: estimate.low < 0, high: estimate.high > 1 };
}

export function intervalText(
  estimate: Pick<Estimate, "low" | "high" | "noInterval">,
  scale: "rate" | "score" = "rate",
  digits = 1,
): string {
  const reason = noIntervalReason(estimate);
  if (reason) return `no interval (${reason})`;
  if (scale === "score") return `[${plain(estimate.low)}, ${plain(estimate.high)}]`;
  const cut = clippedEnds(estimate);
  const text = `[${percent(Math.max(0, estimate.low), digits)}, ${percent(Math.min(1, estimate.high), digits)}]`;
  const notes = [cut.low ? "0%" : null, cut.high ? "100%" : null].filter(Boolean);
  return notes.length > 0 ? `${text} (cut at ${notes.join(" and ")})` : text;
}
