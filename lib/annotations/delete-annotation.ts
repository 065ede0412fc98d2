import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { assertMayChangeAnnotation } from "./annotation-authority";
import { annotationInclude, toAnnotationDto } from "./annotation-dto";
import type { AnnotationDto } from "./annotation.types";

/** Deletes a note: its author may, and an admin; audited with the note as it was. */
export async function deleteAnnotation(actor: Actor, id: string): Promise<AnnotationDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.annotation.findUnique({ where: { id }, include: annotationInclude });
    if (!existing) throw new NotFoundError(`No note with id '${id}'.`);
    assertMayChangeAnnotation(actor, existing.authorId, "delete");
    await tx.annotation.delete({ where: { id } });
    const annotation = toAnnotationDto(existing);
    await recordAuditEvent(tx, actor, {
      action: "annotation.delete",
      entityType: "annotation",
      entityId: id,
      before: annotation,
    });
    return annotation;
  });
}
