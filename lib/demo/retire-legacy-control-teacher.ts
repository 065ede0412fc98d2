import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SeedContext } from "./seed-context";

/** The control teacher earlier demo workspaces registered as a model of its own. */
const LEGACY = { provider: "openai", externalId: "demo:gpt-4.1-nano+no-prompt" } as const;

/**
 * Earlier versions of the demo registered the control teacher as a prompted model with no prompt: a
 * phantom that was listed as never measured. The control teacher is the base model itself, so its
 * generation and run links move to the base and the phantom goes. Only the untouched demo row is
 * retired (nothing else may have been built on it); audited as the system.
 */
export async function retireLegacyControlTeacher(ctx: SeedContext, baseId: string): Promise<void> {
  const legacy = await ctx.tx.model.findUnique({
    where: { provider_externalId: LEGACY },
    select: {
      id: true,
      isDemo: true,
      _count: { select: { measurements: true, derivedModels: true, declarations: true } },
    },
  });
  if (!legacy?.isDemo || legacy._count.measurements + legacy._count.derivedModels + legacy._count.declarations > 0)
    return;
  await ctx.tx.generation.updateMany({ where: { teacherId: legacy.id }, data: { teacherId: baseId } });
  const taught = await ctx.tx.runTeacher.findMany({ where: { teacherId: legacy.id }, select: { runId: true } });
  for (const { runId } of taught) {
    await ctx.tx.runTeacher.delete({ where: { runId_teacherId: { runId, teacherId: legacy.id } } });
    await ctx.tx.runTeacher.createMany({ data: [{ runId, teacherId: baseId }], skipDuplicates: true });
  }
  await ctx.tx.model.delete({ where: { id: legacy.id } });
  await recordAuditEvent(ctx.tx, "system", {
    action: "demo.retire",
    entityType: "model",
    entityId: legacy.id,
    before: { ...LEGACY, replacedBy: baseId },
  });
}
