import "server-only";
import { compareWithInitialization, pairKey } from "@/lib/measurements/compare-with-initialization";
import { getTransferEffect } from "@/lib/measurements/get-transfer-effect";
import type { ProvComparison, ProvShift, ProvTransfer } from "./provenance.types";

/**
 * The verdicts a report states, from the functions every page uses: each measured (model, trait)
 * pair's shift from its initialisation (keyed by pairKey(modelId, traitId), and as a list), and the
 * transfer effect of the runs that trained the report's subjects.
 */
export async function collectVerdicts(
  pairs: readonly { modelId: string; traitId: string }[],
  focusRuns: readonly { id: string; studentId: string }[],
  traitId: string | null,
): Promise<{ vsInitialization: Map<string, ProvComparison>; shifts: ProvShift[]; transfers: ProvTransfer[] }> {
  const compared = await compareWithInitialization(pairs);
  const vsInitialization = new Map(
    [...compared].map(([key, result]): [string, ProvComparison] => [
      key,
      { against: [result.baseline], protocol: result.protocol, comparison: result.comparison },
    ]),
  );
  const shifts = [...compared.values()]
    .map((result): ProvShift => ({
      modelId: result.model.id,
      traitId: result.traitId,
      against: [result.baseline],
      protocol: result.protocol,
      comparison: result.comparison,
    }))
    .sort((a, b) => a.modelId.localeCompare(b.modelId) || a.traitId.localeCompare(b.traitId));
  const transfers: ProvTransfer[] = [];
  for (const run of focusRuns) {
    const report = await getTransferEffect(run.id, {});
    for (const effect of report.effects) {
      if (traitId && effect.trait.id !== traitId) continue;
      transfers.push({
        runId: run.id,
        studentId: run.studentId,
        traitId: effect.trait.id,
        members: report.condition.members,
        vsControl: effect.control.model
          ? {
              against: effect.control.members,
              protocol: effect.control.protocol,
              comparison: effect.control.comparison,
            }
          : null,
        vsInitialization: effect.initialization.model
          ? {
              against: [effect.initialization.model],
              protocol: effect.initialization.protocol,
              comparison: effect.initialization.comparison,
            }
          : null,
      });
    }
  }
  return { vsInitialization, shifts, transfers };
}

export { pairKey };
