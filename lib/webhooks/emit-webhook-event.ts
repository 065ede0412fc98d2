import "server-only";
import type { Tx } from "@/lib/db/connect";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import type { TWebhookEventData, WebhookEventName } from "./webhook-events";

// The outbox write: called inside the transaction of the change that causes the event, so that the event
// and its deliveries commit with it or not at all. It queues one delivery per active webhook that asks for
// the event, and writes nothing when none does (the outbox keeps only what is to be sent).

const EMIT = `
  WITH targets AS (SELECT id FROM webhooks WHERE disabled_at IS NULL AND $1 = ANY(events)),
       event AS (INSERT INTO webhook_events (event, payload)
                 SELECT $1, $2::jsonb WHERE EXISTS (SELECT 1 FROM targets) RETURNING id)
  INSERT INTO webhook_deliveries (webhook_id, event_id)
  SELECT targets.id, event.id FROM targets CROSS JOIN event`;

export interface WebhookEventInput {
  event: WebhookEventName;
  data: TWebhookEventData;
}

/** Queues the event for its webhooks, in the caller's Prisma transaction. */
export async function emitWebhookEvent(tx: Tx, input: WebhookEventInput): Promise<void> {
  await tx.$executeRawUnsafe(EMIT, input.event, JSON.stringify(input.data));
}

/** emitWebhookEvent on a raw transaction (lib/db/connect.ts inTransaction). */
export async function emitWebhookEventSql(db: Pick<SqlExecutor, "query">, input: WebhookEventInput): Promise<void> {
  await db.query(EMIT, [input.event, JSON.stringify(input.data)]);
}
