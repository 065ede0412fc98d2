import "server-only";
import { decode } from "next-auth/jwt";
import { connection, db } from "@/lib/db";
import type { Actor } from "./actor";
import { hashApiToken } from "./api-token";
import { getAuthSecret } from "./auth-secret";
import type { SessionClaims } from "./auth-options";
import { effectiveRole, ROLE_SCOPES, type RoleName } from "./roles";

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

interface TokenRow extends Record<string, unknown> {
  id: string;
  name: string;
  role: RoleName;
  /** last_used_at is older than LAST_USED_RESOLUTION_MS, or unset. */
  use_to_record: boolean;
  user_id: string;
  email: string;
  user_role: RoleName;
}

// One statement on the raw pool: the token and its owner, only while the token is live and the owner
// active. (Prisma's findUnique with the user included cost 2.5 ms p50 of every API call: bench/auth-overhead.ts.)
// Prisma keeps times as UTC in columns without a time zone: they are compared with now() in UTC, in SQL,
// whatever the session's or the process's time zone.
const UTC_NOW = "(now() AT TIME ZONE 'UTC')";
const TOKEN_SQL = `
  SELECT t.id, t.name, t.role::text AS role, u.id AS user_id, u.email, u.role::text AS user_role,
         (t.last_used_at IS NULL OR t.last_used_at < ${UTC_NOW} - $2 * interval '1 millisecond') AS use_to_record
    FROM api_tokens t JOIN users u ON u.id = t.user_id
   WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ${UTC_NOW})
     AND u.disabled_at IS NULL`;

async function fromBearerToken(token: string): Promise<Actor | null> {
  const { sql } = await connection();
  const found = (await sql.query<TokenRow>(TOKEN_SQL, [hashApiToken(token), LAST_USED_RESOLUTION_MS])).at(0);
  if (!found) return null;
  if (found.use_to_record) await sql.query(`UPDATE api_tokens SET last_used_at = ${UTC_NOW} WHERE id = $1`, [found.id]);
  // A token never does more than its owner may do now (the owner's role may have been lowered):
  // it acts as the lesser of its own role and the owner's current one, for scopes and for minting.
  const role = effectiveRole(found.role, found.user_role);
  return {
    userId: found.user_id,
    tokenId: found.id,
    label: `${found.email} (token ${found.name})`,
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
