// A model's role in the lineage, read from its data rather than from its tags.

import type { Prisma } from "@/lib/generated/prisma/client";

export const MODEL_ROLES = ["base", "teacher", "student", "prompted", "derived"] as const;
export type ModelRole = (typeof MODEL_ROLES)[number];

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

/**
 * The models whose modelRole is `role`, as a Prisma condition: the same rules in the same order, so that
 * the models list's kind filter and each model's badge agree (tests/integration/models-list-filters.test.ts).
 */
export function modelRoleWhere(role: ModelRole): Prisma.ModelWhereInput {
  const base: Prisma.ModelWhereInput = { initializedFromId: null, producedByRuns: { none: {} } };
  const teacher: Prisma.ModelWhereInput = {
    OR: [{ generations: { some: {} } }, { systemPromptSha256: { not: null } }],
  };
  const student: Prisma.ModelWhereInput = { producedByRuns: { some: {} } };
  const prompted: Prisma.ModelWhereInput = { baseRelation: "prompted" };
  switch (role) {
    case "base":
      return base;
    case "teacher":
      return { AND: [{ NOT: base }, teacher] };
    case "student":
      return { AND: [{ NOT: base }, { NOT: teacher }, student] };
    // An uninitialised model that is neither a base nor a student cannot be: not having runs makes it a base.
    case "prompted":
      return { AND: [{ NOT: base }, { NOT: teacher }, { NOT: student }, prompted] };
    case "derived":
      return { AND: [{ NOT: base }, { NOT: teacher }, { NOT: student }, { NOT: prompted }] };
  }
}
