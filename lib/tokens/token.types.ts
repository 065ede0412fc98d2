import { z } from "zod";
import { ROLES, type RoleName } from "@/lib/auth/roles";

export const ZCreateToken = z
  .object({
    name: z.string().trim().min(1, "name is required").max(100).describe("What the token is for, e.g. 'training pipeline'"),
    role: z.enum(ROLES as [RoleName, ...RoleName[]]).optional().describe("Acts as this role; at most the owner's (default)"),
    expiresAt: z.iso.datetime({ offset: true }).optional().describe("When it stops working; none means never"),
  })
  .strict()
  .refine((token) => token.expiresAt === undefined || new Date(token.expiresAt) > new Date(), {
    path: ["expiresAt"],
    error: "must be in the future",
  });

export const ZListTokensQuery = z
  .object({ all: z.enum(["0", "1"]).default("0").describe("1 lists every user's tokens (tokens:manage)") })
  .strict();

export const ZTokenIdParams = z.object({ id: z.string().min(1).max(100) });

export type TCreateToken = z.output<typeof ZCreateToken>;

export interface TokenDto {
  id: string;
  name: string;
  prefix: string;
  role: RoleName;
  owner: { id: string; email: string };
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export function toTokenDto(token: {
  id: string; name: string; prefix: string; role: string; lastUsedAt: Date | null; expiresAt: Date | null;
  revokedAt: Date | null; createdAt: Date; user: { id: string; email: string };
}): TokenDto {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    role: token.role as RoleName,
    owner: { id: token.user.id, email: token.user.email },
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}
