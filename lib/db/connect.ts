import "server-only";
import path from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { from as copyFromStdin } from "pg-copy-streams";
import { PrismaClient, type Prisma as P } from "@/lib/generated/prisma/client";
import { lockDataDir } from "./embedded-lock";
import { ensurePrivateDir, restrictNewFileModes, restrictTreeModes } from "./private-data-dir";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { quoteIdent } from "./quote-ident";
import type { SqlExecutor, TxExecutor } from "./sql-executor";

export type DatabaseMode = "embedded" | "postgres";

// Secret columns never leave the database module unless asked for explicitly.
const omit = { user: { passwordHash: true }, apiToken: { tokenHash: true } } as const;

function createPrisma(adapter: NonNullable<P.PrismaClientOptions["adapter"]>) {
  return new PrismaClient({ adapter, omit });
}

export type Prisma = ReturnType<typeof createPrisma>;

export interface Connection {
  mode: DatabaseMode;
  prisma: Prisma;
  /**
   * A raw executor on the app's own pool (in embedded mode, PGlite itself), for hot reads whose rows or
   * parameters Prisma's raw queries carry slowly (lineage: bench/lineage-depth.ts). Plain SQL with $1...
   */
  sql: SqlExecutor;
  /** A raw executor on the same database, for migrations. */
  withExecutor<T>(work: (db: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * A raw executor inside one transaction on a connection of the pool, committed when `work` resolves
   * and rolled back when it throws: for bulk writes (COPY, large parameters that Prisma's raw queries
   * carry slowly). Each statement is bounded by PEDIGREE_DB_STATEMENT_TIMEOUT_MS.
   */
  inTransaction<T>(work: (db: TxExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** True once close() was called: background work on this connection stops. */
  isClosed(): boolean;
}

export interface PoolOptions {
  /** Connections in the pool (PEDIGREE_DB_POOL_SIZE). */
  poolSize?: number;
  /** PostgreSQL statement_timeout in ms, 0 for none (PEDIGREE_DB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

function executorOf(client: pg.ClientBase | pg.Pool): SqlExecutor {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      (await client.query<T>(sql, params)).rows,
  };
}

function copyStatement(table: string, columns: string[], source: string): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source}`;
}

function txExecutorOf(client: pg.ClientBase): TxExecutor {
  return {
    ...executorOf(client),
    async copyFrom(table, columns, chunks) {
      // pipeline() waits for the stream to drain before it pulls the next chunk: memory stays flat.
      await pipeline(Readable.from(chunks), client.query(copyFromStdin(copyStatement(table, columns, "STDIN"))));
    },
  };
}

// PGlite takes COPY data as one Blob per statement: rows are sent in blobs of about this size, each
// cut after a row's newline (a chunk of a file may end mid-row).
const EMBEDDED_COPY_BLOB_BYTES = 4 * 1024 * 1024;

function embeddedTxExecutorOf(tx: Transaction): TxExecutor {
  return {
    ...embeddedExecutorOf(tx),
    async copyFrom(table, columns, chunks) {
      const statement = copyStatement(table, columns, "'/dev/blob'");
      let pending: Buffer[] = [];
      let size = 0;
      const send = async (rows: Buffer) => {
        if (rows.length > 0) await tx.query(statement, [], { blob: new Blob([new Uint8Array(rows)]) });
      };
      for await (const chunk of chunks) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        pending.push(bytes);
        size += bytes.length;
        if (size < EMBEDDED_COPY_BLOB_BYTES) continue;
        const data = Buffer.concat(pending);
        const end = data.lastIndexOf(10) + 1;
        await send(data.subarray(0, end));
        pending = [data.subarray(end)];
        size = data.length - end;
      }
      await send(Buffer.concat(pending));
    },
  };
}

function embeddedExecutorOf(db: PGlite | Transaction): SqlExecutor {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      (await db.query<T>(sql, params)).rows,
  };
}

/**
 * A connection of its own, outside the pool (a long job, a COPY, a transaction that must not share one).
 * The server may end it between two queries (a restart, a failover, a dropped database): the query that
 * follows fails on its own, and the report of the ended connection is logged here; unheard, it would end
 * the process.
 */
function ownClient(connectionString: string): pg.Client {
  const client = new pg.Client({ connectionString });
  client.on("error", (error) => {
    console.warn(`[pedigree] a database connection in use ended: ${error.message}`);
  });
  return client;
}

export function connectPostgres(connectionString: string, options: PoolOptions = {}): Connection {
  // One pool, shared by Prisma and the raw executor.
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    // Waiting for a free connection is bounded too: a request fails rather than hanging forever.
    connectionTimeoutMillis: 30_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle connection that the server ends (a restart, a failover, a dropped database) is discarded by
  // the pool, which reports it here; unheard, the report would end the process.
  pool.on("error", (error) => {
    console.warn(`[pedigree] an idle database connection ended and was dropped: ${error.message}`);
  });
  const prisma = createPrisma(new PrismaPg(pool));
  let closed = false;
  return {
    mode: "postgres",
    isClosed: () => closed,
    prisma,
    sql: executorOf(pool),
    async withExecutor(work) {
      const client = ownClient(connectionString);
      await client.connect();
      try {
        return await work(executorOf(client));
      } finally {
        await client.end();
      }
    },
    async inTransaction(work) {
      // A pooled connection: an upload runs one short transaction per batch of rows (staged-records.ts),
      // and a new connection for each cost more than the batch's COPY.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work(txExecutorOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not given back to the pool.
        await client.query("ROLLBACK").catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** An embedded PostgreSQL with the extensions the migrations use. */
export function createPGlite(dataDir: string): PGlite {
  return new PGlite(dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir), { extensions: { pg_trgm } });
}

/** `dataDir` is a directory (kept 0700, its files 0600), or "memory://" for a throwaway database (tests). */
export function connectEmbedded(dataDir: string): Connection {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) {
    ensurePrivateDir(dataDir);
    restrictNewFileModes();
  }
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  const pglite = createPGlite(dataDir);
  const ready = inMemory ? pglite.waitReady : pglite.waitReady.then(() => restrictTreeModes(path.resolve(dataDir)));
  // PGlite is one Postgres session; its adapter runs every query and transaction through the
  // instance's own mutex, so concurrent requests are serialized rather than interleaved.
  //
  // The cast is needed because pglite-prisma-adapter 0.6.1 is typed against its own pinned
  // @prisma/driver-adapter-utils 6.10.1, not the 6.19.3 that @prisma/client 6.19.3 declares the adapter
  // option with: there ArgType became `{scalarType, dbType, arity}` (it was a string, "Int32", "Bytes",
  // ...) and the driver Error type changed, so no annotation can bridge them. At run time the adapter
  // reads argTypes only in patches/pglite-prisma-adapter+0.6.1.patch, in 6.19's shape. Drop the cast
  // when the adapter is typed against the client's version.
  const adapter = new PrismaPGlite(pglite) as unknown as NonNullable<P.PrismaClientOptions["adapter"]>;
  const prisma = createPrisma(adapter);
  let closed = false;
  return {
    mode: "embedded",
    isClosed: () => closed,
    prisma,
    sql: {
      exec: async (sql) => {
        await ready;
        await pglite.exec(sql);
      },
      query: async <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => {
        await ready;
        return (await pglite.query<T>(sql, params)).rows;
      },
    },
    async withExecutor(work) {
      await ready;
      return work(embeddedExecutorOf(pglite));
    },
    async inTransaction(work) {
      await ready;
      // PGlite's own transaction holds its mutex, so Prisma's queries wait rather than join it.
      return pglite.transaction((tx) => work(embeddedTxExecutorOf(tx)));
    },
    async close() {
      closed = true;
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

/** The client inside `prisma.$transaction(async (tx) => ...)`. */
export type Tx = Omit<Prisma, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
