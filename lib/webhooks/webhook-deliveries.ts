import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { nextAttemptAt } from "./webhook-backoff";
import type { SendResult } from "./send-webhook";

// The delivery queue (webhook_deliveries), shared by every instance on one database. A worker claims due
// deliveries FOR UPDATE SKIP LOCKED (two workers never claim the same one) and, in the same statement,
// counts the attempt and moves next_attempt_at a lease ahead: the row lock is not held during the HTTP
// request, and a worker that dies mid-attempt leaves the delivery to be claimed again when the lease ends.
// Times are passed in (UTC), so that tests can run the queue on a clock of their own.

/** Longer than a delivery's timeout, so that a live attempt is never claimed twice. */
const DELIVERY_LEASE_MS = 60_000;

export interface ClaimedDelivery {
  id: string;
  attempts: number;
  url: string;
  flavour: "json" | "slack";
  secretSealed: string;
  baseUrl: string;
  eventId: string;
  event: string;
  payload: unknown;
  occurredAt: string;
}

type Query = Pick<SqlExecutor, "query">;

const utc = (time: Date) => time.toISOString();

export async function claimDueDeliveries(db: Query, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  return db.query<ClaimedDelivery & Record<string, unknown>>(
    `WITH claimed AS (
       UPDATE webhook_deliveries
          SET attempts = attempts + 1, last_attempt_at = $1::timestamptz AT TIME ZONE 'UTC',
              next_attempt_at = ($1::timestamptz + make_interval(secs => $2::float8 / 1000)) AT TIME ZONE 'UTC'
        WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
                      WHERE d.status = 'pending' AND d.next_attempt_at <= $1::timestamptz AT TIME ZONE 'UTC'
                        AND w.disabled_at IS NULL
                      ORDER BY d.next_attempt_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
          AND status = 'pending'
        RETURNING id, attempts, webhook_id, event_id)
     SELECT c.id::text AS id, c.attempts, w.url, w.flavour::text AS flavour, w.secret_sealed AS "secretSealed",
            w.base_url AS "baseUrl", e.id::text AS "eventId", e.event, e.payload,
            to_char(e.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt"
       FROM claimed c JOIN webhooks w ON w.id = c.webhook_id JOIN webhook_events e ON e.id = c.event_id`,
    [utc(now), DELIVERY_LEASE_MS, limit],
  );
}

/**
 * Records an attempt's outcome: delivered, or failed and due again after the backoff, or failed for good
 * after the last attempt. Only while the claim is still this attempt's (a resend meanwhile wins).
 */
export async function recordDeliveryAttempt(
  db: Query,
  delivery: Pick<ClaimedDelivery, "id" | "attempts">,
  result: SendResult,
  now: Date,
): Promise<void> {
  if (result.ok) {
    await db.query(
      `UPDATE webhook_deliveries
          SET status = 'delivered', delivered_at = $3::timestamptz AT TIME ZONE 'UTC', next_attempt_at = NULL,
              last_status_code = $4, last_error = NULL
        WHERE id = $1::uuid AND attempts = $2 AND status = 'pending'`,
      [delivery.id, delivery.attempts, utc(now), result.statusCode],
    );
    return;
  }
  const retryAt = nextAttemptAt(delivery.attempts, now);
  await db.query(
    `UPDATE webhook_deliveries
        SET status = $3::"WebhookDeliveryStatus", next_attempt_at = $4::timestamptz AT TIME ZONE 'UTC',
            last_status_code = $5, last_error = $6
      WHERE id = $1::uuid AND attempts = $2 AND status = 'pending'`,
    [
      delivery.id,
      delivery.attempts,
      retryAt ? "pending" : "failed",
      retryAt ? utc(retryAt) : null,
      result.statusCode,
      result.error.slice(0, 1000),
    ],
  );
}
