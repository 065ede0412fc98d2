import { z } from "zod";
import type { RoleName } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";

export const ZCreateToken = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "name is required")
      .max(100)
      .describe("What the token is for, e.g. 'training pipeline'"),
    role: z.enum(Role).optional().describe("Acts as this role; at most the owner's (default)"),
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

export const ZTokenDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to recognise it by"),
  role: z.enum(Role),
  owner: z.object({ id: z.string(), email: z.string() }),
  lastUsedAt: z.string().nullable().describe("To the minute"),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TokenDto = z.infer<typeof ZTokenDto>;

/** A token as created: with its secret, shown this once. */
export const ZCreatedToken = ZTokenDto.extend({
  token: z.string().describe("The secret, `pdg_...`: shown this once, never stored"),
});

export function toTokenDto(token: {
  id: string;
  name: string;
  prefix: string;
  role: RoleName;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  user: { id: string; email: string };
}): TokenDto {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    role: token.role,
    owner: { id: token.user.id, email: token.user.email },
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}
