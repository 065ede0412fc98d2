import "server-only";
import type { Prisma } from "@/lib/db/connect";
import { compareWithInitialisation, pairKey } from "@/lib/measurements/compare-with-initialisation";
import { getTransferEffect } from "@/lib/measurements/get-transfer-effect";
import type { ProvComparison, ProvTransfer } from "./provenance.types";

/**
 * The verdicts a report states, from the functions every page uses: each measured (model, trait)
 * pair's shift from its initialisation, and the transfer effect of the runs that trained the
 * report's subjects. Keyed by pairKey(modelId, traitId).
 */
export async function collectVerdicts(
  prisma: Prisma,
  pairs: readonly { modelId: string; traitId: string }[],
  focusRuns: readonly { id: string; studentId: string }[],
  traitId: string | null,
): Promise<{ vsInitialisation: Map<string, ProvComparison>; transfers: ProvTransfer[] }> {
  const compared = await compareWithInitialisation(prisma, pairs);
  const vsInitialisation = new Map(
    [...compared].map(([key, result]): [string, ProvComparison] => [key, { againstModelIds: [result.baseline.id], protocol: result.protocol, comparison: result.comparison }]),
  );
  const transfers: ProvTransfer[] = [];
  for (const run of focusRuns) {
    const report = await getTransferEffect(run.id, {});
    for (const effect of report.effects) {
      if (traitId && effect.trait.id !== traitId) continue;
      transfers.push({
        runId: run.id,
        studentId: run.studentId,
        traitId: effect.trait.id,
        memberIds: report.condition.members.map((m) => m.id),
        vsControl: effect.control.model ? { againstModelIds: effect.control.members.map((m) => m.id), protocol: effect.control.protocol, comparison: effect.control.comparison } : null,
        vsInitialisation: effect.initialisation.model
          ? { againstModelIds: [effect.initialisation.model.id], protocol: effect.initialisation.protocol, comparison: effect.initialisation.comparison }
          : null,
      });
    }
  }
  return { vsInitialisation, transfers };
}

export { pairKey };
