import path from "node:path";
import { env } from "@/lib/env";
import { bootstrapInstance } from "@/lib/bootstrap/bootstrap-instance";
import { connectEmbedded, connectPostgres, type Connection, type DatabaseMode, type Prisma } from "./connect";
import { migrate, readMigrations } from "./migrate";

// The one database module. The connection is opened once per process (cached on globalThis so that
// hot reloads and separately bundled server entry points share it), migrated, and bootstrapped
// (first admin, admin token, demo data) before any caller gets it.

type ReadyConnection = Connection;
const cache = globalThis as unknown as { __pedigreeDb?: Promise<ReadyConnection> };

export function databaseMode(): DatabaseMode {
  return env.DATABASE_URL ? "postgres" : "embedded";
}

async function start(): Promise<ReadyConnection> {
  const connection = env.DATABASE_URL ? connectPostgres(env.DATABASE_URL, { poolSize: env.PEDIGREE_DB_POOL_SIZE, statementTimeoutMs: env.PEDIGREE_DB_STATEMENT_TIMEOUT_MS }) : connectEmbedded(env.PEDIGREE_DATA_DIR);
  try {
    const migrations = await readMigrations(path.join(process.cwd(), "prisma", "migrations"));
    const result = await connection.withExecutor((executor) => migrate(executor, migrations));
    if (result.applied.length > 0) console.info(`[pedigree] applied migrations: ${result.applied.join(", ")}`);
    await bootstrapInstance(connection.prisma, { mode: connection.mode, freshDatabase: result.alreadyApplied === 0 });
    return connection;
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
}

/** The connection, ready for use. */
export function connection(): Promise<ReadyConnection> {
  cache.__pedigreeDb ??= start().catch((error) => {
    cache.__pedigreeDb = undefined;
    throw error;
  });
  return cache.__pedigreeDb;
}

/** The Prisma client, ready for use. */
export async function db(): Promise<Prisma> {
  return (await connection()).prisma;
}

/** Closes the connection (tests, scripts). */
export async function closeDb(): Promise<void> {
  const pending = cache.__pedigreeDb;
  cache.__pedigreeDb = undefined;
  if (pending) await (await pending).close();
}
