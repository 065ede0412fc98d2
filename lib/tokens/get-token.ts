import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { toTokenDto, type TokenDto } from "./token.types";

/** One of the actor's tokens (or anyone's, with tokens:manage); someone else's is "not found", so ids cannot be probed. */
export async function getToken(actor: Actor, id: string): Promise<TokenDto> {
  const prisma = await db();
  const token = await prisma.apiToken.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true } } },
  });
  if (!token || (token.userId !== actor.userId && !actor.scopes.includes("tokens:manage")))
    throw new NotFoundError(`No token with id '${id}'.`);
  return toTokenDto(token);
}
