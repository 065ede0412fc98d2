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
