import "server-only";
// Shared by the demo seeding steps: the transaction, the running count of inserted rows, and the
// audit event that every created entity gets.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/connect";

export interface SeedContext {
  tx: Tx;
  /** Rows of demo content inserted so far (entities, dataset records and link rows; audit events not counted). */
  created: number;
}

export type DemoEntityType =
  "model" | "dataset" | "generation" | "distillation_run" | "trait" | "measurement" | "trait_declaration";

/** Counts `rows` inserted rows for an entity just created, and audits its creation. */
export async function recordSeeded(
  ctx: SeedContext,
  entityType: DemoEntityType,
  entity: { id: string },
  rows = 1,
  after: unknown = entity,
): Promise<void> {
  ctx.created += rows;
  await recordAuditEvent(ctx.tx, "system", { action: "demo.seed", entityType, entityId: entity.id, after });
}
