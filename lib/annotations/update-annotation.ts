import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { assertMayChangeAnnotation } from "./annotation-authority";
import { annotationInclude, toAnnotationDto } from "./annotation-dto";
import type { AnnotationDto, TUpdateAnnotation } from "./annotation.types";

/** Rewrites a note's text: its author may, and an admin; audited with the note before and after. */
export async function updateAnnotation(actor: Actor, id: string, input: TUpdateAnnotation): Promise<AnnotationDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.annotation.findUnique({ where: { id }, include: annotationInclude });
    if (!existing) throw new NotFoundError(`No note with id '${id}'.`);
    assertMayChangeAnnotation(actor, existing.authorId, "edit");
    const before = toAnnotationDto(existing);
    const row = await tx.annotation.update({ where: { id }, data: { body: input.body }, include: annotationInclude });
    const after = toAnnotationDto(row);
    await recordAuditEvent(tx, actor, {
      action: "annotation.update",
      entityType: "annotation",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
