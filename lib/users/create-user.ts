import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors/domain-errors";
import { toUserDto, type TCreateUser, type UserDto } from "./user.types";

export async function createUser(actor: Actor, input: TCreateUser): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ConflictError(`A user with email '${input.email}' already exists.`, {
        errors: [{ field: "email", message: "already registered" }],
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
    });
    const dto = toUserDto(user);
    await recordAuditEvent(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, after: dto });
    return dto;
  });
}
