// How an audit event names and links its object and its actor, from what Postgres found (lib/audit/
// select-audit-events.ts) and what the event kept. Pure, so the page, the API and the exports agree.
import type { AuditActorDto, AuditEntityDto } from "./audit.types";

/**
 * Object types recorded under two names: create-run and update-run record "run", the demo seeding
 * "distillation_run". A filter on either finds both.
 */
const ENTITY_TYPE_ALIASES: Record<string, readonly string[]> = {
  distillation_run: ["distillation_run", "run"],
  run: ["distillation_run", "run"],
};

export function entityTypesMatching(entityType: string): readonly string[] {
  return ENTITY_TYPE_ALIASES[entityType] ?? [entityType];
}

/** Object types stored in a table of their own: one that Postgres no longer finds was deleted. */
const STORED_TYPES = new Set([
  "model",
  "dataset",
  "generation",
  "run",
  "distillation_run",
  "trait",
  "measurement",
  "trait_declaration",
  "annotation",
  "report",
  "user",
  "api_token",
  "signing_key",
  "webhook",
]);

/**
 * A display name from a snapshot, when it carries one: "name" for most entities, "email" for users, the
 * subject's name for a report ("after.subject.name"), and "Note on <subject>" for a note.
 */
function snapshotName(entityType: string, snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  if (entityType === "annotation") {
    const subjectName = snapshotName("", (snapshot as { subject?: unknown }).subject);
    return subjectName === null ? null : `Note on ${subjectName}`;
  }
  const { name, email, subject } = snapshot as { name?: unknown; email?: unknown; subject?: { name?: unknown } | null };
  if (typeof name === "string" && name) return name;
  if (typeof email === "string" && email) return email;
  return typeof subject === "object" && subject !== null && typeof subject.name === "string" && subject.name
    ? subject.name
    : null;
}

/** The page an object's name links to, from the kind of page and the key the lookup found; null for none. */
export function entityPath(kind: string | null, key: string | null): string | null {
  if (!kind || !key) return null;
  const segment = encodeURIComponent(key);
  switch (kind) {
    case "model":
      return `/models/${segment}`;
    case "dataset":
      return `/datasets/${segment}`;
    case "run":
      return `/runs/${segment}`;
    case "trait":
      return `/traits/${segment}`;
    case "report":
      // Reports are listed by subject (a model's id or a trait's slug); a report has no page of its own.
      return `/reports?${new URLSearchParams({ subject: key })}`;
    default:
      return null;
  }
}

interface FoundEntity {
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The name Postgres found for the object today; null when it found none. */
  name: string | null;
  linkKind: string | null;
  linkKey: string | null;
}

/**
 * The object as the log shows it: its name today and its page, or, once deleted, the name its snapshot
 * kept (null when none did) and no link. A type without a table of its own (a client address) is named by its id.
 */
export function auditEntityOf(found: FoundEntity): AuditEntityDto {
  if (found.name !== null) {
    return { name: found.name, path: entityPath(found.linkKind, found.linkKey), deleted: false };
  }
  // A failed sign-in to an account that does not exist names the user by the email that was typed.
  const typedEmail = found.entityType === "user" && found.entityId.includes("@");
  if (!STORED_TYPES.has(found.entityType) || typedEmail) return { name: found.entityId, path: null, deleted: false };
  return {
    name: snapshotName(found.entityType, found.before) ?? snapshotName(found.entityType, found.after),
    path: null,
    deleted: true,
  };
}

interface FoundActor {
  actorLabel: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  userName: string | null;
  userEmail: string | null;
  tokenName: string | null;
}

/** The actor as the log shows it: the user's name and email today, the token's name, or the kept label. */
export function auditActorOf(found: FoundActor): AuditActorDto {
  if (found.userName !== null) {
    return {
      kind: found.actorTokenId !== null ? "token" : "user",
      name: found.userName,
      email: found.userEmail,
      tokenName: found.tokenName,
      deleted: false,
    };
  }
  if (found.actorUserId === null && found.actorLabel === "system") {
    return { kind: "system", name: "system", email: null, tokenName: null, deleted: false };
  }
  // The user is gone (the event's foreign key was cleared): the label is all that is left of them.
  const viaToken = /^(.*) \(token (.*)\)$/.exec(found.actorLabel);
  return {
    kind: viaToken ? "token" : "user",
    name: viaToken ? viaToken[1] : found.actorLabel,
    email: null,
    tokenName: viaToken ? viaToken[2] : null,
    deleted: true,
  };
}
