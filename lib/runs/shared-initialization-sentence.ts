// One plain sentence per teacher-student pair on whether they share an initialisation.
import { PAPER_SHORT } from "@/lib/paper/paper-citation";
import type { SharedInitialization } from "./run.types";

export interface SharedInitializationText {
  /** "shared": the condition under which subliminal transfer was observed, so the risky case. */
  tone: "shared" | "separate";
  /** Short label: "Shared base" / "Different bases". */
  label: string;
  sentence: string;
}

/**
 * Cloud, Le et al. 2026 saw traits transfer from teacher to student through filtered data when
 * both came from the same base model, and not across base models (GPT-4.1 nano to Qwen2.5-7B).
 */
export function describeSharedInitialization(
  pair: Pick<SharedInitialization, "shared" | "teacherRoot" | "studentRoot" | "nearestCommonAncestor">,
): SharedInitializationText {
  if (pair.shared) {
    const ancestor = pair.nearestCommonAncestor;
    const nearer =
      ancestor && ancestor.id !== pair.teacherRoot.id ? ` (nearest common ancestor: ${ancestor.name})` : "";
    return {
      tone: "shared",
      label: "Shared base",
      sentence: `Teacher and student share the base ${pair.teacherRoot.name}${nearer}: the condition under which ${PAPER_SHORT} observed trait transfer.`,
    };
  }
  return {
    tone: "separate",
    label: "Cross-model",
    sentence: `Cross-model: the teacher descends from ${pair.teacherRoot.name}, the student from ${pair.studentRoot.name}. Transfer was not observed across base models in the paper.`,
  };
}

/**
 * The run-level summary above the pairs: any shared pair makes the run one to watch. `unknownData`
 * names the datasets with no recorded generation when no teacher is known: then nothing can be said.
 */
export function sharedInitializationSummary(
  pairs: readonly Pick<SharedInitialization, "shared">[],
  unknownData: readonly string[] = [],
): string {
  if (pairs.length === 0 && unknownData.length > 0) {
    return `Teacher unknown: no generation is recorded for ${unknownData.join(", ")}, so whether the teacher shares the student's initialisation cannot be said. Record the generation that wrote the data, or import the teacher's condition.`;
  }
  if (pairs.length === 0) return "No teacher is recorded for this run, so there is no teacher-student pair to compare.";
  const shared = pairs.filter((pair) => pair.shared).length;
  if (shared === 0)
    return pairs.length === 1
      ? "Cross-model: the teacher and the student descend from different base models."
      : "Cross-model: every teacher descends from a different base model than the student.";
  if (shared === pairs.length)
    return pairs.length === 1
      ? "The teacher and the student descend from the same base model."
      : "Every teacher shares the student's base model.";
  return `${shared} of ${pairs.length} teachers share the student's base model.`;
}
