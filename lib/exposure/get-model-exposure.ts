import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { compareWithInitialization, pairKey } from "@/lib/measurements/compare-with-initialization";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { computeExposures } from "./compute-exposures";
import type { ModelExposure, TraitExposure } from "./exposure.types";

/** Per trait: whether the trait entered here, or reached the model from a source and was measured or not, with the paths. */
export async function getModelExposure(modelId: string): Promise<ModelExposure> {
  const prisma = await db();
  const model = await prisma.model.findUnique({ where: { id: modelId }, select: { id: true, name: true } });
  if (!model) throw new NotFoundError(`No model with id '${modelId}'.`);
  const [{ sources, exposures }, rows] = await Promise.all([
    computeExposures(),
    prisma.measurement.findMany({
      where: { modelId },
      include: measurementInclude,
      orderBy: [{ measuredAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const latest = new Map<string, MeasurementDto>();
  for (const row of rows) if (!latest.has(row.traitId)) latest.set(row.traitId, toMeasurementDto(row));

  const own = sources.filter((s) => s.model.id === modelId);
  const inherited = exposures.filter((e) => e.modelId === modelId);
  const traitIds = new Set([...own.map((s) => s.trait.id), ...inherited.map((e) => e.traitId)]);
  const compared = await compareWithInitialization(
    [...traitIds].filter((id) => latest.has(id)).map((traitId) => ({ modelId, traitId })),
  );

  const traits: TraitExposure[] = [...traitIds].map((traitId) => {
    const source = own.find((s) => s.trait.id === traitId);
    const paths = inherited.filter((e) => e.traitId === traitId).map(({ modelId: _m, traitId: _t, ...path }) => path);
    const trait =
      source?.trait ??
      defined(
        sources.find((s) => s.trait.id === traitId),
        `source of trait ${traitId}`,
      ).trait;
    const vs = compared.get(pairKey(modelId, traitId));
    const measured = latest.get(traitId) ?? null;
    return {
      trait,
      status: paths.length === 0 ? "source" : measured ? "measured" : "unmeasured",
      source: source ? { declaration: source.declaration, measured: source.measured } : null,
      vsInitialization: vs ? { baseline: vs.baseline, protocol: vs.protocol, comparison: vs.comparison } : null,
      aboveBaseline: vs?.comparison.verdict === "shift-up",
      latest: measured,
      exposures: paths.sort((a, b) => (a.risk === b.risk ? a.path.length - b.path.length : a.risk === "high" ? -1 : 1)),
    };
  });
  return { model, traits: traits.sort((a, b) => a.trait.name.localeCompare(b.trait.name)) };
}
