import "server-only";
import { fieldProblem } from "@/lib/api/problem";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { generateApiToken, hashApiToken, visiblePrefix } from "@/lib/auth/api-token";
import { roleWithin } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { toTokenDto, type TCreateToken, type TokenDto } from "./token.types";

/** Creates an API token for the actor. The token itself is returned once and stored only as a hash. */
export async function createToken(actor: Actor, input: TCreateToken): Promise<TokenDto & { token: string }> {
  const role = input.role ?? actor.role;
  if (!roleWithin(role, actor.role)) {
    throw fieldProblem(422, [{ field: "role", message: `a ${actor.role} can create tokens of their own role or a lesser one, not ${role}` }]);
  }
  const token = generateApiToken();
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name: input.name,
        role,
        prefix: visiblePrefix(token),
        tokenHash: hashApiToken(token),
        userId: actor.userId,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
      include: { user: { select: { id: true, email: true } } },
    });
    const dto = toTokenDto(created);
    await recordAuditEvent(tx, actor, { action: "token.create", entityType: "api_token", entityId: created.id, after: dto });
    return { ...dto, token };
  });
}
