import { ROLES, ROLE_SCOPES, type Scope } from "@/lib/auth/roles";
import type { OperationObject } from "./openapi.types";

export const SECURITY_SCHEMES = {
  bearerToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "pdg_<32 characters>",
    description:
      "An API token, created in Settings or with POST /api/v1/tokens: `Authorization: Bearer pdg_...`. It acts as its owner's role or a lesser one. A revoked or expired token, or one whose owner is disabled, is refused with 401 at once.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description:
      "The browser's session after signing in to the dashboard (`__Secure-next-auth.session-token` over https). Used by the dashboard itself; scripts use a token.",
  },
} as const;

/** Who may call an operation: nobody needs anything for a public one; else a token or a session, whose role grants the scope. */
export function securityOf(scope: Scope | null): OperationObject["security"] {
  // OpenAPI 3.1 lets a non-OAuth requirement list the roles it needs; ours are scopes.
  return scope === null ? [] : [{ bearerToken: [scope] }, { sessionCookie: [scope] }];
}

/** The roles whose scopes include this one, e.g. "engineer or admin". */
export function rolesWith(scope: Scope): string[] {
  return ROLES.filter((role) => ROLE_SCOPES[role].includes(scope));
}

/** The sentence the description of an operation starts with, saying what the caller needs. */
export function scopeSentence(scope: Scope | null): string {
  if (scope === null) return "Public: no token needed.";
  const roles = rolesWith(scope);
  const list = roles.length > 1 ? `${roles.slice(0, -1).join(", ")} or ${roles[roles.length - 1]}` : roles[0];
  return `Requires the \`${scope}\` scope (role ${list}).`;
}
