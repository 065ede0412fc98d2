// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema as
// last committed (git HEAD) to prisma/schema.prisma as it is now. Prisma's `migrate dev` needs a
// native engine and a shadow database that this project's offline set-up cannot give it; a diff of
// two schema files needs neither. Review the SQL before committing it with the schema.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}

const previous = path.join(mkdtempSync(path.join(tmpdir(), "pedigree-schema-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));

const diff = spawnSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    previous,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  // prisma.config.ts points the CLI at the local PostgreSQL server, which it connects to even for a diff.
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}
if (/^-- This is an empty migration/m.test(diff.stdout) || diff.stdout.trim() === "") {
  console.info("prisma/schema.prisma does not differ from the committed one: no migration written.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
console.info(`wrote ${dir}/migration.sql; review it, then commit it with the schema.`);
