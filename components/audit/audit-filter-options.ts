// The actions and object types Pedigree records today, for the audit filters. A value outside these
// (from a newer server, or typed into the URL) is still accepted by the filter selects.
import type { FilterOption } from "@/components/ui/filter-select";

const AUDIT_ACTIONS = [
  "annotation.create",
  "annotation.delete",
  "annotation.update",
  "dataset.upload",
  "demo.retire",
  "demo.seed",
  "generation.create",
  "measurement.create",
  "model.create",
  "model.update",
  "report.export",
  "run.create",
  "run.update",
  "sign_in.address_limited",
  "signing_key.rotate",
  "token.create",
  "token.revoke",
  "trait.create",
  "trait.declare",
  "trait.withdraw",
  "user.change_password",
  "user.create",
  "user.sign_in",
  "user.sign_in_failed",
  "user.sign_in_locked",
  "user.sign_out",
  "user.update",
  "user.update_password",
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
  { value: "trait_declaration", label: "Trait declaration" },
  { value: "measurement", label: "Measurement" },
  { value: "annotation", label: "Note" },
  { value: "report", label: "Report" },
  { value: "user", label: "User" },
  { value: "api_token", label: "API token" },
  { value: "signing_key", label: "Signing key" },
  { value: "webhook", label: "Webhook" },
  { value: "client_address", label: "Client address" },
];

// The API records runs as "run" and the demo as "distillation_run": one label for both.
const ENTITY_LABELS = new Map([
  ...AUDIT_ENTITY_TYPE_OPTIONS.map((option) => [option.value, option.label] as const),
  ["run", "Distillation run"],
]);

export function entityTypeLabel(entityType: string): string {
  return ENTITY_LABELS.get(entityType) ?? entityType;
}
