import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { toUserDto, type TUpdateUser, type UserDto } from "./user.types";

export async function updateUser(actor: Actor, id: string, update: TUpdateUser): Promise<UserDto> {
  const passwordHash = update.password ? await hashPassword(update.password) : undefined;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new NotFoundError(`No user with id '${id}'.`);
    const losesAdmin =
      before.role === "admin" && ((update.role && update.role !== "admin") || update.disabled === true);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: id } } });
      if (otherAdmins === 0) throw new ConflictError("This is the last active admin; make another user admin first.");
    }
    if (id === actor.userId && update.disabled === true)
      throw new ConflictError("You cannot disable your own account.");
    // A new password, a new role or deactivation ends every session the user has.
    const endsSessions =
      passwordHash !== undefined ||
      (update.role !== undefined && update.role !== before.role) ||
      (update.disabled === true && !before.disabledAt);
    const user = await tx.user.update({
      where: { id },
      data: {
        sessionVersion: endsSessions ? { increment: 1 } : undefined,
        name: update.name,
        role: update.role,
        passwordHash,
        disabledAt:
          update.disabled === undefined ? undefined : update.disabled ? (before.disabledAt ?? new Date()) : null,
      },
    });
    const after = toUserDto(user);
    await recordAuditEvent(tx, actor, {
      action: update.password ? "user.update_password" : "user.update",
      entityType: "user",
      entityId: id,
      before: toUserDto(before),
      after,
    });
    return after;
  });
}
