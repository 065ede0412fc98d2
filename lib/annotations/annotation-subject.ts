import "server-only";
import type { Tx } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { AnnotationSubjectType } from "./annotation.types";

/** The object a note is written on, as the API's path names it. */
export interface AnnotationSubjectRef {
  type: AnnotationSubjectType;
  id: string;
}

/** The note's column that names its subject, set to the subject's id. */
export function subjectColumns(
  subject: AnnotationSubjectRef,
): { modelId: string } | { datasetId: string } | { runId: string } {
  switch (subject.type) {
    case "model":
      return { modelId: subject.id };
    case "dataset":
      return { datasetId: subject.id };
    case "run":
      return { runId: subject.id };
  }
}

/** Refuses a subject that does not exist, as a 404 naming it. */
export async function assertSubjectExists(tx: Tx, subject: AnnotationSubjectRef): Promise<void> {
  const where = { where: { id: subject.id }, select: { id: true } } as const;
  const found =
    subject.type === "model"
      ? await tx.model.findUnique(where)
      : subject.type === "dataset"
        ? await tx.dataset.findUnique(where)
        : await tx.distillationRun.findUnique(where);
  if (!found) throw new NotFoundError(`No ${subject.type} with id '${subject.id}'.`);
}
