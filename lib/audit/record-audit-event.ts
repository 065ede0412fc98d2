import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { Actor } from "@/lib/auth/actor";
import { toJsonColumn } from "@/lib/db/json-column";
import { newId } from "@/lib/db/new-id";
import type { SqlExecutor } from "@/lib/db/sql-executor";

export type AuditActor = Pick<Actor, "userId" | "tokenId" | "label"> | "system";

export interface AuditEventInput {
  /** verb-noun in the domain's words, e.g. "model.create", "token.revoke" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The audit_events row for an event: one definition for both ways of writing it. */
function auditRow(actor: AuditActor, event: AuditEventInput) {
  const who =
    actor === "system"
      ? { actorUserId: null, actorTokenId: null, actorLabel: "system" }
      : { actorUserId: actor.userId, actorTokenId: actor.tokenId, actorLabel: actor.label };
  return {
    ...who,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: toJsonColumn(event.before),
    after: toJsonColumn(event.after),
  };
}

/** Records a write. Call it inside the same transaction as the write, so that neither lands alone. */
export async function recordAuditEvent(tx: Tx, actor: AuditActor, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, event) });
}

/** recordAuditEvent for a write made on a raw transaction (lib/db/connect.ts inTransaction). */
export async function recordAuditEventSql(
  db: Pick<SqlExecutor, "query">,
  actor: AuditActor,
  event: AuditEventInput,
): Promise<void> {
  const row = auditRow(actor, event);
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await db.query(
    `INSERT INTO audit_events (id, actor_user_id, actor_token_id, actor_label, action, entity_type, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
    [
      newId(),
      row.actorUserId,
      row.actorTokenId,
      row.actorLabel,
      row.action,
      row.entityType,
      row.entityId,
      json(row.before),
      json(row.after),
    ],
  );
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
