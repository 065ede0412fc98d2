import "server-only";
import type { Tx } from "@/lib/db/connect";

/**
 * Serializes the first-start writes of instances starting at once on one database (the first admin, its
 * token): the caller's transaction holds the lock until it ends, and checks again under it what an
 * instance that started first may have created. (The lineage check uses key 1, demo seeding key 2.)
 */
export async function lockBootstrap(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${7355608}::int, ${3}::int)`;
}
