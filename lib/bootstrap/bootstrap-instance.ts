import "server-only";
import type { DatabaseMode, Prisma } from "@/lib/db/connect";
import { ensureSessionSecret } from "@/lib/auth/ensure-session-secret";
import { env } from "@/lib/env";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { getSigningKey } from "@/lib/reports/signing-key";
import { ensureFirstAdmin } from "./ensure-first-admin";
import { registerAdminToken } from "./register-admin-token";

export interface BootstrapContext {
  mode: DatabaseMode;
  /** This start created the database (applied its first migration). */
  freshDatabase: boolean;
}

/** What a first start sets up: the first admin, the admin's API token, the report-signing key, and the demo workspace. */
export async function bootstrapInstance(prisma: Prisma, context: BootstrapContext): Promise<void> {
  const admin = await ensureFirstAdmin(prisma);
  if (env.PEDIGREE_ADMIN_TOKEN) await registerAdminToken(prisma, admin.id, env.PEDIGREE_ADMIN_TOKEN);
  // Secrets live in the key directory or the environment: a database from an earlier version gives up its copies.
  await ensureSessionSecret(prisma, context.mode);
  await getSigningKey(prisma);
  // Demo data: always with PEDIGREE_DEMO=1, never with 0; by default only on a new embedded
  // database, so that a workspace whose demo data was deleted does not get it back.
  const seedDemo = env.PEDIGREE_DEMO ?? (context.mode === "embedded" && context.freshDatabase);
  if (seedDemo) {
    const seeded = await seedDemoWorkspace(prisma);
    if (seeded.created > 0) console.info(`[pedigree] seeded the demo workspace (${seeded.created} records)`);
  }
}
