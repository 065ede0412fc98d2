import "server-only";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import type { Connection } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureFreshExposures } from "@/lib/exposure/refresh-exposures";
import { pollingWorker } from "@/lib/startup/polling-worker";
import { webhooksMayReachPrivate } from "./check-webhook-url";
import { deliverWebhook } from "./deliver-webhook";
import { isModelExposedWanted } from "./emit-model-exposed-events";
import { claimDueDeliveries, recordDeliveryAttempt } from "./webhook-deliveries";

// Every instance runs one delivery worker (started by lib/startup/ready.ts), as it runs a search-index
// worker. It polls the delivery queue and is woken at once by a resend on its own instance. All its state
// is in the tables: a worker that stops (or an instance that dies) leaves its deliveries to the next tick
// of any worker. When some webhook wants model.exposed, each tick first refreshes stale exposure, whose
// refresh queues the events (lib/webhooks/emit-model-exposed-events.ts), so they go out without a page read.

export interface WebhookWorkerOptions {
  pollMs?: number;
  /** Deliveries attempted at once. */
  batch?: number;
  allowPrivate?: boolean;
  timeoutMs?: number;
}

export interface WebhookWorker {
  /** One pass: claims and attempts every delivery due at `now`; resolves with the attempts made. */
  tick(now?: Date): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

const cache = globalThis as unknown as { __pedigreeWebhookWorker?: WebhookWorker };

/** Wakes this process's worker, if it runs (after a resend has committed). */
export function wakeWebhookWorker(): void {
  cache.__pedigreeWebhookWorker?.wake();
}

/** Stops this process's worker, if it runs (tests that drive deliveries themselves). */
export async function stopWebhookWorker(): Promise<void> {
  await cache.__pedigreeWebhookWorker?.stop();
}

/** A worker on `connection`; `register` makes it this process's worker (woken by resends, stopped by stopWebhookWorker). */
export function createWebhookWorker(
  connection: Connection,
  options: WebhookWorkerOptions = {},
  register = false,
): WebhookWorker {
  const pollMs = options.pollMs ?? 2000;
  const batch = options.batch ?? 8;
  let running: Promise<number> | null = null;

  async function tickOnce(now?: Date): Promise<number> {
    if (await isModelExposedWanted(connection.sql)) await ensureFreshExposures();
    const deliverOptions = {
      masterSecret: await getAuthSecret(),
      publicUrl: env.NEXTAUTH_URL,
      allowPrivate: options.allowPrivate ?? webhooksMayReachPrivate(),
      timeoutMs: options.timeoutMs,
    };
    let attempted = 0;
    while (!loop.stopped && !connection.isClosed()) {
      const at = now ?? new Date();
      const claimed = await claimDueDeliveries(connection.sql, at, batch);
      if (claimed.length === 0) break;
      await Promise.all(
        claimed.map(async (delivery) => {
          const result = await deliverWebhook(delivery, deliverOptions);
          await recordDeliveryAttempt(connection.sql, delivery, result, now ?? new Date());
        }),
      );
      attempted += claimed.length;
    }
    return attempted;
  }

  function tick(now?: Date): Promise<number> {
    // One pass at a time per worker; a second caller waits for the running one and then makes its own.
    const next = (running ?? Promise.resolve(0)).catch(() => 0).then(() => tickOnce(now));
    const settled = next.finally(() => {
      if (running === settled) running = null;
    });
    running = settled;
    return settled;
  }

  const loop = pollingWorker(() => tick(), pollMs, {
    name: "webhook worker",
    isClosed: () => connection.isClosed(),
    inFlight: () => running,
  });

  const worker: WebhookWorker = {
    tick,
    wake: loop.wake,
    async stop() {
      await loop.stop();
      if (cache.__pedigreeWebhookWorker === worker) cache.__pedigreeWebhookWorker = undefined;
    },
  };
  if (register) {
    cache.__pedigreeWebhookWorker = worker;
    loop.wake();
  }
  return worker;
}

/** Starts this process's worker, polling every `pollMs`. */
export function startWebhookWorker(connection: Connection, options: WebhookWorkerOptions = {}): WebhookWorker {
  return createWebhookWorker(connection, options, true);
}
