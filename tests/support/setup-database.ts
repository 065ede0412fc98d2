import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

// Each test file gets a database of its own: a new database on the PostgreSQL server named by
// TEST_DATABASE_URL (CI), or an in-memory embedded one when none is given (a fresh machine).
// This runs before the test file imports the app, so lib/env.ts sees these values.
const server = process.env.TEST_DATABASE_URL;
process.env.PEDIGREE_DEMO ??= "0";
process.env.PEDIGREE_ADMIN_EMAIL = "admin@test.local";
process.env.PEDIGREE_ADMIN_PASSWORD = "admin-password-for-tests";
process.env.PEDIGREE_ADMIN_TOKEN = "test-admin-token";
process.env.NEXTAUTH_SECRET = "test-secret-test-secret-test-secret";
process.env.PEDIGREE_MAX_UPLOAD_BYTES = String(5 * 1024 * 1024);
// Generated keys go to a directory of this file's own, never into the checkout's .pedigree.
process.env.PEDIGREE_KEY_DIR ??= path.join(mkdtempSync(path.join(tmpdir(), "pedigree-test-")), "keys");

if (server) {
  const name = `pedigree_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  if (!["127.0.0.1", "localhost", "::1"].includes(admin.host)) {
    await admin.end();
    throw new Error(`Refusing to run tests against a non-local database (${admin.host}).`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();

  afterAll(async () => {
    const { closeDb } = await import("@/lib/db");
    await closeDb();
    const cleanup = new pg.Client({ connectionString: server });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  });
} else {
  delete process.env.DATABASE_URL;
  process.env.PEDIGREE_DATA_DIR = "memory://";
  afterAll(async () => {
    const { closeDb } = await import("@/lib/db");
    await closeDb();
  });
}

// The start-up step the server runs before serving (open, migrate, bootstrap), in a hook (which has a
// longer time limit than a test), so that the first test of a file on a busy machine does not pay for it.
beforeAll(async () => {
  const { ready } = await import("@/lib/startup/ready");
  await ready();
});
