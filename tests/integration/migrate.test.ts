import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPGlite } from "@/lib/db/connect";
import { migrate, readMigrations, type MigrationFile } from "@/lib/db/migrate";
import type { SqlExecutor } from "@/lib/db/sql-executor";

const migrationsDir = path.join(import.meta.dirname, "../../prisma/migrations");

function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      (await pglite.query<T>(sql, params)).rows,
  };
}

function pgExecutor(client: pg.Client): SqlExecutor {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async (sql, params) => (await client.query(sql, params)).rows,
  };
}

describe("the migration runner", () => {
  it("applies the committed migrations once, records them as Prisma does, and refuses an edited one", async () => {
    const pglite = createPGlite("memory://");
    const migrations = await readMigrations(migrationsDir);
    expect(migrations.length).toBeGreaterThan(0);
    const first = await migrate(pgliteExecutor(pglite), migrations);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await migrate(pgliteExecutor(pglite), migrations);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
    const recorded = await pglite.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations`,
    );
    expect(recorded.rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
    const edited: MigrationFile[] = [{ ...migrations[0], checksum: "0".repeat(64) }];
    await expect(migrate(pgliteExecutor(pglite), edited)).rejects.toThrow(/edited after it was applied/);
    await pglite.close();
  });

  it("rolls a failing migration back whole", async () => {
    const pglite = createPGlite("memory://");
    const broken: MigrationFile[] = [
      { name: "0001_broken", sql: "CREATE TABLE t (id int); SELECT nonsense_column FROM t;", checksum: "1".repeat(64) },
    ];
    await expect(migrate(pgliteExecutor(pglite), broken)).rejects.toThrow(/0001_broken failed/);
    const tables = await pglite.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 't'`);
    expect(tables.rows).toHaveLength(0);
    await pglite.close();
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "applies each migration exactly once when several instances start at once",
    async () => {
      const server = process.env.TEST_DATABASE_URL!;
      const name = `pedigree_migrate_${Date.now()}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      const clients = Array.from({ length: 4 }, () => new pg.Client({ connectionString: url.toString() }));
      try {
        await Promise.all(clients.map((client) => client.connect()));
        const migrations = await readMigrations(migrationsDir);
        const results = await Promise.all(clients.map((client) => migrate(pgExecutor(client), migrations)));
        expect(results.flatMap((result) => result.applied).sort()).toEqual(migrations.map((m) => m.name).sort());
        const rows = await clients[0].query(`SELECT count(*)::int AS n FROM _prisma_migrations`);
        expect(rows.rows[0].n).toBe(migrations.length);
      } finally {
        await Promise.all(clients.map((client) => client.end().catch(() => {})));
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
