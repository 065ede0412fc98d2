// The actions and entity types Pedigree records today, for the audit filters. A value outside these
// (from a newer server, or typed into the URL) is still accepted by the filter selects.
import type { FilterOption } from "@/components/ui/filter-select";

const AUDIT_ACTIONS = [
  "demo.seed",
  "model.create",
  "report.export",
  "token.create",
  "token.revoke",
  "user.create",
  "user.update",
  "user.update_password",
  "user.change_password",
  "user.sign_in",
];

// Actions are shown as recorded, so that what the filter says is what the table says.
export const AUDIT_ACTION_OPTIONS: readonly FilterOption[] = AUDIT_ACTIONS.map((action) => ({
  value: action,
  label: action,
}));

export const AUDIT_ENTITY_TYPE_OPTIONS: readonly FilterOption[] = [
  { value: "model", label: "Model" },
  { value: "dataset", label: "Dataset" },
  { value: "generation", label: "Generation" },
  { value: "distillation_run", label: "Distillation run" },
  { value: "trait", label: "Trait" },
  { value: "measurement", label: "Measurement" },
  { value: "report", label: "Report" },
  { value: "user", label: "User" },
  { value: "api_token", label: "API token" },
];

const ENTITY_LABELS = new Map(AUDIT_ENTITY_TYPE_OPTIONS.map((option) => [option.value, option.label]));

export function entityTypeLabel(entityType: string): string {
  return ENTITY_LABELS.get(entityType) ?? entityType;
}
