import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { toTokenDto, type TokenDto } from "./token.types";

/** Revokes one of the actor's tokens (or anyone's, with tokens:manage). Revoking twice is harmless. */
export async function revokeToken(actor: Actor, id: string): Promise<TokenDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id },
      include: { user: { select: { id: true, email: true } } },
    });
    // Someone else's token is "not found" to a caller who may not manage it: no probing for ids.
    if (!token || (token.userId !== actor.userId && !actor.scopes.includes("tokens:manage"))) {
      throw new NotFoundError(`No token with id '${id}'.`);
    }
    if (token.revokedAt) return toTokenDto(token);
    const revoked = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      include: { user: { select: { id: true, email: true } } },
    });
    const after = toTokenDto(revoked);
    await recordAuditEvent(tx, actor, {
      action: "token.revoke",
      entityType: "api_token",
      entityId: id,
      before: toTokenDto(token),
      after,
    });
    return after;
  });
}
