import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { compareWithInitialization, pairKey } from "@/lib/measurements/compare-with-initialization";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { findTraitSources } from "./find-trait-sources";
import { exposureKey, readKeptPaths } from "./read-kept-paths";
import { ensureFreshExposures } from "./refresh-exposures";
import type { ModelExposure, TraitExposure } from "./exposure.types";

/** Per trait: whether the trait entered here, or reached the model from a source and was measured or not, with the paths. */
export async function getModelExposure(modelId: string): Promise<ModelExposure> {
  const prisma = await db();
  const model = await prisma.model.findUnique({ where: { id: modelId }, select: { id: true, name: true } });
  if (!model) throw new NotFoundError(`No model with id '${modelId}'.`);
  await ensureFreshExposures();
  const [own, inheritedPairs, rows] = await Promise.all([
    findTraitSources([modelId]),
    prisma.$queryRaw<{ trait_id: string }[]>`SELECT trait_id FROM trait_exposures WHERE model_id = ${modelId}`,
    prisma.measurement.findMany({
      where: { modelId },
      include: measurementInclude,
      orderBy: [{ measuredAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const latest = new Map<string, MeasurementDto>();
  for (const row of rows) if (!latest.has(row.traitId)) latest.set(row.traitId, toMeasurementDto(row));

  const inherited = await readKeptPaths(inheritedPairs.map((p) => ({ modelId, traitId: p.trait_id })));
  const traitIds = new Set([...own.map((s) => s.trait.id), ...inheritedPairs.map((p) => p.trait_id)]);
  const traitRows = await prisma.trait.findMany({
    where: { id: { in: [...traitIds] } },
    select: { id: true, slug: true, name: true, higherIsWorse: true },
  });
  const compared = await compareWithInitialization(
    [...traitIds].filter((id) => latest.has(id)).map((traitId) => ({ modelId, traitId })),
  );

  const traits: TraitExposure[] = [...traitIds].map((traitId) => {
    const source = own.find((s) => s.trait.id === traitId);
    const kept = inherited.get(exposureKey(modelId, traitId));
    const paths = kept?.paths ?? [];
    const trait = defined(
      traitRows.find((t) => t.id === traitId),
      `trait ${traitId}`,
    );
    const vs = compared.get(pairKey(modelId, traitId));
    const measured = latest.get(traitId) ?? null;
    return {
      trait,
      status: paths.length === 0 ? "source" : measured ? "measured" : "unmeasured",
      source: source ? { declaration: source.declaration, measured: source.measured } : null,
      vsInitialization: vs ? { baseline: vs.baseline, protocol: vs.protocol, comparison: vs.comparison } : null,
      aboveBaseline: vs?.comparison.verdict === "shift-up",
      latest: measured,
      sourceCount: kept?.sourceCount ?? 0,
      exposures: paths,
    };
  });
  return { model, traits: traits.sort((a, b) => a.trait.name.localeCompare(b.trait.name)) };
}
