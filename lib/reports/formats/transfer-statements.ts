// A run's transfer effect in words, for the formats that can only carry text about it: the same
// sentences as the run page, from the same function.
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import type { ProvComparison, ProvTransfer, ProvTrait } from "@/lib/reports/provenance.types";

const against = (comparison: ProvComparison) => comparison.against.map((model) => model.name).join(", ");

/** "owl-preference (3 students): vs control (A, B, C): shift up: +49.7 pp [...] · p = ... · Welch's t-test across seeds (3 vs 3 seeds)". */
export function transferStatements(transfer: ProvTransfer, trait: ProvTrait | undefined): string[] {
  const subject = `${trait?.slug ?? transfer.traitId}${transfer.members.length > 1 ? ` (condition of ${transfer.members.length} students: ${transfer.members.map((m) => m.name).join(", ")})` : ""}`;
  const control = transfer.vsControl
    ? `${subject}: vs control (${against(transfer.vsControl)}): ${comparisonSentence(transfer.vsControl.comparison)}`
    : `${subject}: vs control: not testable: no control student found`;
  const base = transfer.vsInitialization
    ? `${subject}: vs initialisation (${against(transfer.vsInitialization)}): ${comparisonSentence(transfer.vsInitialization.comparison)}`
    : `${subject}: vs initialisation: not testable: the student has no recorded initialisation`;
  return [control, base];
}
