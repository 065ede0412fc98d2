import "server-only";
import path from "node:path";
import { bootstrapInstance } from "@/lib/bootstrap/bootstrap-instance";
import { startSearchIndexWorker } from "@/lib/datasets/search-index/search-index-worker";
import { closeDb, connection, type Connection } from "@/lib/db";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { startWebhookWorker } from "@/lib/webhooks/webhook-worker";

// The start-up step: opens the database, applies pending migrations (under the migrator's advisory lock)
// and bootstraps the instance (first admin, admin token, secrets, demo data), then starts the instance's
// background workers (search indexes of uploaded datasets, webhook deliveries; they stop when the
// connection is closed). The server runs it from its register hook (instrumentation.ts) before serving;
// tests and scripts run it before using the database.
// Once per connection: later calls get the same result until the connection is closed and opened again.

const cache = globalThis as unknown as { __pedigreeReady?: { opened: Promise<Connection>; done: Promise<Connection> } };

async function start(opening: Promise<Connection>): Promise<Connection> {
  const opened = await opening;
  try {
    const migrations = await readMigrations(path.join(process.cwd(), "prisma", "migrations"));
    const result = await opened.withExecutor((executor) => migrate(executor, migrations));
    if (result.applied.length > 0) console.info(`[pedigree] applied migrations: ${result.applied.join(", ")}`);
    await bootstrapInstance(opened.prisma, { mode: opened.mode, freshDatabase: result.alreadyApplied === 0 });
    startSearchIndexWorker(opened);
    startWebhookWorker(opened);
    return opened;
  } catch (error) {
    // A failed start closes the connection, so that the next attempt opens a fresh one.
    await closeDb().catch(() => {});
    throw error;
  }
}

/** The database, migrated and bootstrapped. */
export function ready(): Promise<Connection> {
  const opened = connection();
  if (cache.__pedigreeReady?.opened !== opened) {
    const done = start(opened);
    cache.__pedigreeReady = { opened, done };
    done.catch(() => {
      if (cache.__pedigreeReady?.done === done) cache.__pedigreeReady = undefined;
    });
  }
  return cache.__pedigreeReady.done;
}
