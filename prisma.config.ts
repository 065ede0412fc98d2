// Prisma CLI configuration. The CLI runs in driver-adapter ("js engine") mode so that it needs no
// native engine download. The app applies migrations itself at start (lib/db/migrate.ts); the CLI is
// used to generate the client and to write new migrations (scripts/new-migration.mjs).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  adapter: () => Promise.resolve(new PrismaPg({ connectionString: process.env.DATABASE_URL })),
});
