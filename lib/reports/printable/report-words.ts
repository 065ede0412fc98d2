// The report's words for the bundle's codes and numbers, so that HTML and PDF say things the same way.
import { formatDateTime } from "@/lib/format/format-date";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import type { LineageEdgeKind } from "@/lib/lineage/lineage.types";
import type { ProvMeasurement, ProvModel, ProvRun } from "../provenance.types";

/** Edge labels of the lineage figure, read along the arrow (which points in the direction of flow). */
export const EDGE_KIND_LABELS: Record<LineageEdgeKind, string> = {
  initialized_from: "initialised from",
  generated: "generated",
  filtered_from: "filtered",
  trained_on: "trained on",
  taught: "taught",
};

/** "fine-tuned from GPT-4.1 nano": how a model came from its initialisation. */
export const BASE_RELATION_VERBS: Record<NonNullable<ProvModel["baseRelation"]>, string> = {
  finetune: "fine-tuned from",
  adapter: "an adapter trained on",
  merge: "merged from",
  quantized: "quantised from",
  prompted: "made by prompting",
  distilled: "distilled from",
};

export const RUN_METHOD_LABELS: Record<ProvRun["method"], string> = {
  sft: "Supervised fine-tuning",
  lora: "LoRA fine-tuning",
  logit_distillation: "Logit distillation",
  other: "Other",
};

export const RUN_STATUS_LABELS: Record<ProvRun["status"], string> = {
  planned: "Planned",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** A measured value by its kind: a rate as a percentage, a score as a number. */
export function formatValue(value: number, kind: ProvMeasurement["kind"]): string {
  return kind === "proportion" ? formatPercent(value) : formatScore(value);
}

/** Three significant digits, without a trailing ".0". */
export function formatScore(value: number): string {
  if (value === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 4));
}

/** "54.1%–67.9%" or "2.10–3.45"; an em dash when either end is missing. */
export function formatRange(low: number | null, high: number | null, kind: ProvMeasurement["kind"]): string {
  if (low === null || high === null) return "—";
  return `${formatValue(low, kind)}–${formatValue(high, kind)}`;
}

/** "14 Apr 2025, 09:30 UTC", or an em dash for a missing date. */
export function formatWhen(iso: string | null): string {
  return iso === null ? "—" : formatDateTime(iso);
}

/** "1 dataset", "2 datasets". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

/** Orders names as a reader expects ("Student 2" before "Student 10"), the same on every machine. */
export const compareNames = new Intl.Collator("en", { numeric: true }).compare;

/** Orders identifiers and ISO dates by their code units: stable, whatever the locale. */
export const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
