import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { generateApiToken, hashApiToken, visiblePrefix } from "@/lib/auth/api-token";
import { roleWithin } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { toTokenDto, type TCreateToken, type TokenDto } from "./token.types";

/** Creates an API token for the actor. The token itself is returned once and stored only as a hash. */
export async function createToken(actor: Actor, input: TCreateToken): Promise<TokenDto & { token: string }> {
  const role = input.role ?? actor.role;
  // actor.role is already the lesser of a token's role and its owner's current one.
  if (!roleWithin(role, actor.role)) {
    throw new ForbiddenError(
      `You act as ${actor.role} and can create tokens of that role or a lesser one, not ${role}.`,
      {
        errors: [{ field: "role", location: "body", message: `${role} is above your role (${actor.role})` }],
        role,
        actorRole: actor.role,
      },
    );
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
    const dto = await recordAuditedEntity(tx, actor, toTokenDto(created), {
      action: "token.create",
      entityType: "api_token",
      entityId: created.id,
    });
    return { ...dto, token };
  });
}
