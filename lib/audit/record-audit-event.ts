import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { Actor } from "@/lib/auth/actor";
import { toJsonColumn } from "@/lib/db/json-column";

export type AuditActor = Pick<Actor, "userId" | "tokenId" | "label"> | "system";

export interface AuditEventInput {
  /** verb-noun in the domain's words, e.g. "model.create", "token.revoke" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Records a write. Call it inside the same transaction as the write, so that neither lands alone. */
export async function recordAuditEvent(tx: Tx, actor: AuditActor, event: AuditEventInput): Promise<void> {
  const who =
    actor === "system"
      ? { actorUserId: null, actorTokenId: null, actorLabel: "system" }
      : { actorUserId: actor.userId, actorTokenId: actor.tokenId, actorLabel: actor.label };
  await tx.auditEvent.create({
    data: {
      ...who,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJsonColumn(event.before),
      after: toJsonColumn(event.after),
    },
  });
}

/**
 * Records a write whose audit event shows `entity` as the write left it (`after`), and returns `entity`, so that
 * the write function can answer with what it recorded.
 */
export async function recordAuditedEntity<T>(
  tx: Tx,
  actor: AuditActor,
  entity: T,
  event: Omit<AuditEventInput, "before" | "after">,
): Promise<T> {
  await recordAuditEvent(tx, actor, { ...event, after: entity });
  return entity;
}
