// A throwaway database on a PostgreSQL server for one benchmark run: created at start, dropped at the end
// (also when the run fails). BENCH_SERVER_URL names the server.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  /** postgresql://…/pedigree_bench_xxxxxxxx */
  url: string;
  drop: () => Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const server = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `pedigree_bench_${randomBytes(4).toString("hex")}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Runs a benchmark of the app's own code on a scratch database: DATABASE_URL names it before the benchmark first
 * imports lib/db (the demo workspace seeded or not), the client is closed after, and the database dropped anyway.
 */
export async function withScratchDatabase(
  { demo }: { demo: boolean },
  bench: (databaseUrl: string) => Promise<void>,
): Promise<void> {
  const scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  process.env.PEDIGREE_DEMO = demo ? "1" : "0";
  process.env.PEDIGREE_ADMIN_PASSWORD = "bench-password-unused";
  try {
    await bench(scratch.url);
    const { closeDb } = await import("@/lib/db");
    await closeDb();
  } finally {
    await scratch.drop();
  }
}
