import { describe, expect, it } from "vitest";
import { connection } from "@/lib/db";

// The server may end the pool's idle connections (a restart, a failover, an administrator): the process
// keeps running and the next query opens a new one. (The pool reports such an ending as an 'error' event,
// which lib/db/connect.ts logs: unheard, it was an uncaught error in the test runs whose database was
// dropped while the pool was closing.)
describe("connections the server ends", () => {
  it("are dropped from the pool, and the next queries, raw and through Prisma, succeed", async () => {
    const opened = await connection();
    if (opened.mode !== "postgres") return; // an embedded database has no server to end them
    await Promise.all([opened.sql.query("SELECT 1"), opened.prisma.$queryRaw`SELECT 1`]);
    const ended = await opened.withExecutor((other) =>
      other.query<{ ended: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      ),
    );
    expect(ended.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await opened.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(await opened.prisma.user.count()).toBeGreaterThan(0);
  });
});
