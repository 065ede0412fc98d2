import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { InvalidError } from "@/lib/errors/domain-errors";
import type { TChangeOwnPassword } from "./user.types";

export async function changeOwnPassword(actor: Actor, change: TChangeOwnPassword): Promise<{ changed: true }> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, omit: { passwordHash: false } });
  if (!(await verifyPassword(change.currentPassword, user.passwordHash))) {
    throw InvalidError.fields([{ field: "currentPassword", message: "is not your current password" }]);
  }
  const passwordHash = await hashPassword(change.newPassword);
  await prisma.$transaction(async (tx) => {
    // Every session ends, this one included: whoever knew the old password signs in again.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, actor, { action: "user.change_password", entityType: "user", entityId: user.id });
  });
  return { changed: true };
}
