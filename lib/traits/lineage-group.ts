export type LineageGroup = "base" | "teacher" | "student" | "grand-student";

export interface LineageGroupInput {
  initializedFrom: unknown;
  systemPromptSha256: string | null;
  baseRelation: string | null;
  isGrandStudent: boolean;
  _count: { generations: number; producedByRuns: number; declarations: number };
}

/**
 * A model's generation in the lineage, for the trait chart: a base (initialised from nothing
 * recorded, even when it also wrote data, as the paper's control teacher does), a teacher (prompted,
 * declared to carry a trait, or a writer of data), a student (trained by a run) or a grand-student
 * (trained on a student's data). Pure.
 */
export function lineageGroupOf(model: LineageGroupInput): LineageGroup {
  if (model._count.producedByRuns > 0) return model.isGrandStudent ? "grand-student" : "student";
  if (model.initializedFrom === null) return "base";
  const teaches =
    model.systemPromptSha256 !== null ||
    model.baseRelation === "prompted" ||
    model._count.generations > 0 ||
    model._count.declarations > 0;
  return teaches ? "teacher" : "student";
}
