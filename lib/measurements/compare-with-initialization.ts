import "server-only";
import { findConditionsOf } from "@/lib/conditions/find-conditions";
import { db } from "@/lib/db";
import { compareSeedRows, type SideComparison } from "./compare-model-sets";
import { loadSeedRows } from "./load-seed-rows";

type ModelRef = { id: string; name: string };

export interface InitializationComparison extends SideComparison {
  model: ModelRef;
  /** The models whose measurements stood for the model: its condition's students, or the model alone. */
  members: ModelRef[];
  /** The model it was initialised from: the baseline. */
  baseline: ModelRef;
  traitId: string;
}

export const pairKey = (modelId: string, traitId: string) => `${modelId}|${traitId}`;

/**
 * Each model's rate on a trait against its initialisation's: the student side is the model's
 * condition (it and its seed siblings) when it has one, the model alone otherwise, and the test is
 * the one test of a difference. The run page, the trait page, the model page, exposure sources and
 * reports all read a model's shift from its base here. Pairs whose model has no initialisation are
 * left out. Keyed by pairKey(modelId, traitId).
 */
export async function compareWithInitialization(
  pairs: readonly { modelId: string; traitId: string }[],
): Promise<Map<string, InitializationComparison>> {
  const results = new Map<string, InitializationComparison>();
  if (pairs.length === 0) return results;
  const modelIds = [...new Set(pairs.map((pair) => pair.modelId))];
  const prisma = await db();
  const models = await prisma.model.findMany({
    where: { id: { in: modelIds } },
    select: { id: true, name: true, initializedFrom: { select: { id: true, name: true } } },
  });
  const byId = new Map(models.map((model) => [model.id, model]));
  const conditions = await findConditionsOf(modelIds);
  const membersOf = (model: ModelRef) =>
    conditions.find((c) => c.members.some((m) => m.id === model.id))?.members ?? [model];

  for (const traitId of new Set(pairs.map((pair) => pair.traitId))) {
    const wanted = pairs
      .filter((pair) => pair.traitId === traitId)
      .flatMap((pair) => {
        const model = byId.get(pair.modelId);
        return model?.initializedFrom ? [{ model, baseline: model.initializedFrom }] : [];
      });
    const ids = wanted.flatMap(({ model, baseline }) => [...membersOf(model).map((m) => m.id), baseline.id]);
    const rows = await loadSeedRows(ids, traitId);
    for (const { model, baseline } of wanted) {
      const members = membersOf(model);
      const memberIds = new Set(members.map((m) => m.id));
      const compared = compareSeedRows(
        rows.filter((row) => memberIds.has(row.modelId)),
        rows.filter((row) => row.modelId === baseline.id),
      );
      results.set(pairKey(model.id, traitId), {
        ...compared,
        model: { id: model.id, name: model.name },
        members,
        baseline,
        traitId,
      });
    }
  }
  return results;
}
