// A model's role in the lineage, read from its data rather than from its tags.

export type ModelRole = "base" | "teacher" | "student" | "prompted" | "derived";

export interface ModelRoleInput {
  initializedFrom: unknown;
  systemPromptSha256: string | null;
  baseRelation: string | null;
  producedByRunCount: number;
  generationCount: number;
}

/**
 * base: initialised from nothing recorded, even when it also wrote data (the paper's control teacher
 * is the base model itself, with no system prompt); teacher: generated a recorded dataset, or carries
 * a system prompt (the usual way a trait is put into a teacher); student: produced by a distillation
 * run; prompted: derived by prompting without a recorded prompt; derived: anything else trained,
 * adapted, merged or quantised from another model. A student that went on to teach is shown as a
 * teacher: what it passes on matters more.
 */
export function modelRole(model: ModelRoleInput): ModelRole {
  if (model.initializedFrom === null && model.producedByRunCount === 0) return "base";
  if (model.generationCount > 0 || model.systemPromptSha256 !== null) return "teacher";
  if (model.producedByRunCount > 0) return "student";
  if (model.initializedFrom === null) return "base";
  if (model.baseRelation === "prompted") return "prompted";
  return "derived";
}
