import "server-only";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { hashApiToken } from "./api-token";
import { getAuthSecret } from "./auth-secret";
import type { SessionClaims } from "./auth-options";
import { effectiveRole, ROLE_SCOPES } from "./roles";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
// last_used_at is written at most this often per token, so reads do not turn into writes.
const LAST_USED_RESOLUTION_MS = 60_000;

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

async function fromBearerToken(token: string): Promise<Actor | null> {
  const prisma = await db();
  const found = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: true },
  });
  const now = new Date();
  if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now) || found.user.disabledAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  // A token never does more than its owner may do now (the owner's role may have been lowered):
  // it acts as the lesser of its own role and the owner's current one, for scopes and for minting.
  const role = effectiveRole(found.role, found.user.role);
  return {
    userId: found.user.id,
    tokenId: found.id,
    label: `${found.user.email} (token ${found.name})`,
    role,
    scopes: ROLE_SCOPES[role],
  };
}

/**
 * The actor of a user, fresh from the database; with `sessionVersion`, only while the user's sessions
 * have not been ended since (sign-out, new password, new role, deactivation).
 */
export async function actorForUser(userId: string, sessionVersion?: number): Promise<Actor | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  const role = user.role;
  return { userId: user.id, tokenId: null, label: user.email, role, scopes: ROLE_SCOPES[role] };
}

async function fromSessionCookie(request: Request): Promise<Actor | null> {
  for (const name of SESSION_COOKIES) {
    const cookie = readCookie(request, name);
    if (!cookie) continue;
    const session = (await decode({ token: cookie, secret: await getAuthSecret() }).catch(
      () => null,
    )) as SessionClaims | null;
    // A cookie without a session version predates session versions: it is not trusted.
    if (session?.sub && typeof session.sv === "number") return actorForUser(session.sub, session.sv);
  }
  return null;
}

/** Whether the request carries a session cookie (valid or not): a browser that was signed in. */
export function hasSessionCookie(request: Request): boolean {
  return SESSION_COOKIES.some((name) => readCookie(request, name) !== undefined);
}

/** The caller of an API request: `Authorization: Bearer <token>`, or the browser's session cookie. */
export async function authenticateRequest(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? fromBearerToken(match[1]) : null;
  }
  return fromSessionCookie(request);
}
