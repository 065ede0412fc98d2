import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { Actor } from "@/lib/auth/actor";

export type AuditActor = Pick<Actor, "userId" | "tokenId" | "label"> | "system";

export interface AuditEventInput {
  /** verb-noun in the domain's words, e.g. "model.create", "token.revoke" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** JSON-safe snapshot: BigInt as number, Dates as ISO strings. */
function snapshot(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v))) as unknown;
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
      before: snapshot(event.before) as never,
      after: snapshot(event.after) as never,
    },
  });
}
