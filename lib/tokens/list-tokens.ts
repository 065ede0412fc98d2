import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toTokenDto, type TokenDto } from "./token.types";

/** The actor's own tokens, or with `everyone` (needs tokens:manage) every user's. */
export async function listTokens(actor: Actor, everyone: boolean): Promise<TokenDto[]> {
  const prisma = await db();
  const tokens = await prisma.apiToken.findMany({
    where: everyone ? {} : { userId: actor.userId },
    include: { user: { select: { id: true, email: true } } },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return tokens.map(toTokenDto);
}
