// The actions and entity types Pedigree records today, for the audit filters. A value outside these
// (from a newer server, or typed into the URL) is still accepted by the filter selects.
import type { FilterOption } from "@/components/ui/filter-select";

export const AUDIT_ACTION_OPTIONS: readonly FilterOption[] = [
  { value: "demo.seed", label: "demo.seed" },
  { value: "model.create", label: "model.create" },
  { value: "token.create", label: "token.create" },
  { value: "token.revoke", label: "token.revoke" },
  { value: "user.create", label: "user.create" },
  { value: "user.update", label: "user.update" },
  { value: "user.update_password", label: "user.update_password" },
  { value: "user.change_password", label: "user.change_password" },
  { value: "user.sign_in", label: "user.sign_in" },
];

export const AUDIT_ENTITY_TYPE_OPTIONS: readonly FilterOption[] = [
  { value: "model", label: "Model" },
  { value: "dataset", label: "Dataset" },
  { value: "generation", label: "Generation" },
  { value: "distillation_run", label: "Distillation run" },
  { value: "trait", label: "Trait" },
  { value: "measurement", label: "Measurement" },
  { value: "user", label: "User" },
  { value: "api_token", label: "API token" },
];

const ENTITY_LABELS = new Map(AUDIT_ENTITY_TYPE_OPTIONS.map((option) => [option.value, option.label]));

export function entityTypeLabel(entityType: string): string {
  return ENTITY_LABELS.get(entityType) ?? entityType;
}
