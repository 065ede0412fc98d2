import "server-only";
import { env } from "@/lib/env";
import { connectEmbedded, connectPostgres, type Connection, type DatabaseMode, type Prisma } from "./connect";

// The one database module: it opens the connection, once per process (cached on globalThis so that hot
// reloads and separately bundled server entry points share it), and does nothing else. Migrations, the
// first admin, the admin token and demo data are the start-up step's (lib/startup/ready.ts), which the
// server's register hook (instrumentation.ts), the tests' setup and the scripts run before anything else.
//
// How domain code reaches the database, one way:
// - A domain function calls `await db()` itself; it takes no client parameter.
// - A function that must run in its caller's transaction takes it as an explicit `tx: Tx` parameter;
//   one that may (getRun, createMeasurement, getSharedInitialization) takes `tx?: Tx` and uses `db()`
//   without. The caller opens the transaction with `(await db()).$transaction(async (tx) => ...)`.
// - Start-up code takes the client explicitly: lib/bootstrap, lib/demo seeding, and the stores it calls
//   (ensureSessionSecret, getSigningKey). It runs inside the start-up step, before the app is ready,
//   and the tests run it against a second connection to the same database as a second instance would.

const cache = globalThis as unknown as { __pedigreeDb?: Promise<Connection> };

export type { Connection, DatabaseMode, Prisma };

export function databaseMode(): DatabaseMode {
  return env.DATABASE_URL ? "postgres" : "embedded";
}

function open(): Connection {
  return env.DATABASE_URL
    ? connectPostgres(env.DATABASE_URL, {
        poolSize: env.PEDIGREE_DB_POOL_SIZE,
        statementTimeoutMs: env.PEDIGREE_DB_STATEMENT_TIMEOUT_MS,
      })
    : connectEmbedded(env.PEDIGREE_DATA_DIR);
}

/** The connection, opened on first use. */
export function connection(): Promise<Connection> {
  cache.__pedigreeDb ??= Promise.resolve()
    .then(open)
    .catch((error: unknown) => {
      cache.__pedigreeDb = undefined;
      throw error;
    });
  return cache.__pedigreeDb;
}

/** The Prisma client. */
export async function db(): Promise<Prisma> {
  return (await connection()).prisma;
}

/** Closes the connection (tests, scripts). */
export async function closeDb(): Promise<void> {
  const pending = cache.__pedigreeDb;
  cache.__pedigreeDb = undefined;
  if (pending) await (await pending).close();
}
