import { Role } from "@/lib/generated/prisma/enums";

// Roles map to scopes; handlers check scopes, never role names.
export const SCOPES = [
  "catalog:read",
  "catalog:write",
  "reports:export",
  "annotations:write",
  "audit:read",
  "tokens:own",
  "users:manage",
  "tokens:manage",
  "keys:manage",
  "webhooks:manage",
] as const;

export type Scope = (typeof SCOPES)[number];
// The roles are the schema's enum (prisma/schema.prisma), least privileged first. The generated enums
// module is plain constants, safe for client components too.
export type RoleName = Role;

export const ROLES: readonly RoleName[] = Object.values(Role);

export const ROLE_SCOPES: Record<RoleName, readonly Scope[]> = {
  viewer: ["catalog:read", "tokens:own"],
  auditor: ["catalog:read", "tokens:own", "reports:export", "annotations:write", "audit:read"],
  engineer: ["catalog:read", "tokens:own", "catalog:write"],
  admin: SCOPES,
};

export const ROLE_DESCRIPTIONS: Record<RoleName, string> = {
  viewer: "Browse lineage, datasets, runs and measurements",
  auditor: "Browse, export signed reports, annotate, read the audit log",
  engineer: "Browse, register models and runs, upload datasets and measurements",
  admin: "Everything, plus users, roles, every API token and webhooks",
};

export function scopesOf(role: RoleName): readonly Scope[] {
  return ROLE_SCOPES[role];
}

export function roleHasScope(role: RoleName, scope: Scope): boolean {
  return ROLE_SCOPES[role].includes(scope);
}

/** A token may act as its owner's role or a lesser one: one whose scopes are all the owner's. */
export function roleWithin(candidate: RoleName, owner: RoleName): boolean {
  return ROLE_SCOPES[candidate].every((scope) => ROLE_SCOPES[owner].includes(scope));
}

/**
 * The role a token acts as: the greater of the roles within both its own role and its owner's
 * current one. Auditor and engineer share only viewer's scopes, so their meet is viewer.
 */
export function effectiveRole(tokenRole: RoleName, ownerRole: RoleName): RoleName {
  if (roleWithin(tokenRole, ownerRole)) return tokenRole;
  if (roleWithin(ownerRole, tokenRole)) return ownerRole;
  return "viewer";
}

/** The least privileged role: what a new token offers first. */
export const LEAST_PRIVILEGED_ROLE: RoleName = "viewer";
