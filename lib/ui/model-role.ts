// A model's role in the lineage, read from its data rather than from its tags.

export type ModelRole = "base" | "teacher" | "prompted" | "derived";

export interface ModelRoleInput {
  initializedFrom: unknown | null;
  systemPromptSha256: string | null;
  baseRelation: string | null;
}

/**
 * base: initialised from nothing recorded; teacher: carries a system prompt (the usual way a trait
 * is put into a teacher); prompted: derived by prompting without a recorded prompt; derived: anything
 * trained, adapted, merged or quantised from another model.
 */
export function modelRole(model: ModelRoleInput): ModelRole {
  if (model.initializedFrom === null) return "base";
  if (model.systemPromptSha256 !== null) return "teacher";
  if (model.baseRelation === "prompted") return "prompted";
  return "derived";
}
