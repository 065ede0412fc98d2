// Sentences for the dataset page's facts: the filter's pass rate, the demo control suggestion.

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("en-US");

/** 284 kept of 400 -> "71% kept (284 of 400)". */
export function passRateText(kept: number, total: number): string {
  if (total <= 0) return `${integer.format(kept)} kept`;
  return `${percent.format(kept / total)} kept (${integer.format(kept)} of ${integer.format(total)})`;
}

/**
 * The control to suggest for the hidden-signal check. A real default would be the same prompt set
 * answered by the unprompted base model; that link is not recorded, so only the demo's owl datasets
 * get a suggestion: the control teacher's dataset at the same stage.
 */
export function suggestedControlName(dataset: { isDemo: boolean; tags: readonly string[] }): string | null {
  if (!dataset.isDemo || !dataset.tags.includes("owl")) return null;
  if (dataset.tags.includes("filtered")) return "Control teacher numbers (filtered)";
  if (dataset.tags.includes("raw")) return "Control teacher numbers (raw)";
  return null;
}
