// PEDIGREE_DB_STATEMENT_TIMEOUT_MS reaches the app's connections to a PostgreSQL server, and a statement
// cut off by it is a 503 problem, not a 500.
import { describe, expect, it, vi } from "vitest";
import { mapDatabaseError } from "@/lib/api/map-database-error";
import { databaseMode, db } from "@/lib/db";

vi.hoisted(() => {
  process.env.PEDIGREE_DB_STATEMENT_TIMEOUT_MS = "300";
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("the statement timeout", () => {
  it("is set on the app's connections, and a statement over it maps to 503", async () => {
    expect(databaseMode()).toBe("postgres");
    const prisma = await db();
    expect(await prisma.$queryRawUnsafe("SHOW statement_timeout")).toEqual([{ statement_timeout: "300ms" }]);
    const error = await prisma.$queryRawUnsafe("SELECT pg_sleep(2)").catch((caught: unknown) => caught);
    expect(mapDatabaseError(error)?.status).toBe(503);
  });
});
