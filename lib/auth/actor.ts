import type { RoleName, Scope } from "./roles";

/** Who is making a request: a signed-in user, or a user acting through one of their API tokens. */
export interface Actor {
  userId: string;
  tokenId: string | null;
  /** For the audit log: the user's email, plus the token's name when one was used. */
  label: string;
  role: RoleName;
  scopes: readonly Scope[];
}

export function actorHasScope(actor: Actor, scope: Scope): boolean {
  return actor.scopes.includes(scope);
}
