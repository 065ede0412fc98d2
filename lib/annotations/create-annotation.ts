import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { annotationInclude, toAnnotationDto } from "./annotation-dto";
import { assertSubjectExists, subjectColumns, type AnnotationSubjectRef } from "./annotation-subject";
import type { AnnotationDto, TCreateAnnotation } from "./annotation.types";

/** Writes a note on a model, a dataset or a run, under the caller's name; audited with the note. */
export async function createAnnotation(
  actor: Actor,
  subject: AnnotationSubjectRef,
  input: TCreateAnnotation,
): Promise<AnnotationDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertSubjectExists(tx, subject);
    const author = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    const row = await tx.annotation.create({
      data: {
        ...subjectColumns(subject),
        body: input.body,
        authorId: actor.userId,
        // The name the note keeps for when the user is gone; the label (their email) if the name is empty.
        authorName: author?.name || actor.label,
      },
      include: annotationInclude,
    });
    return recordAuditedEntity(tx, actor, toAnnotationDto(row), {
      action: "annotation.create",
      entityType: "annotation",
      entityId: row.id,
    });
  });
}
