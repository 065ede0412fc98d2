import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { computeExposures } from "./compute-exposures";
import type { ModelExposure, TraitExposure } from "./exposure.types";

/** Per trait: whether the model is where the trait entered, was measured, or is exposed but unmeasured, with the paths. */
export async function getModelExposure(modelId: string): Promise<ModelExposure> {
  const prisma = await db();
  const model = await prisma.model.findUnique({ where: { id: modelId }, select: { id: true, name: true } });
  if (!model) throw new ApiProblem(404, `No model with id '${modelId}'.`);
  const [{ sources, exposures }, rows] = await Promise.all([
    computeExposures(prisma),
    prisma.measurement.findMany({ where: { modelId }, include: measurementInclude, orderBy: [{ measuredAt: "desc" }, { id: "desc" }] }),
  ]);
  const latest = new Map<string, MeasurementDto>();
  for (const row of rows) if (!latest.has(row.traitId)) latest.set(row.traitId, toMeasurementDto(row));

  const traits = new Map<string, TraitExposure>();
  for (const source of sources.filter((s) => s.model.id === modelId)) {
    traits.set(source.trait.id, { trait: source.trait, status: "source", aboveBaseline: true, latest: latest.get(source.trait.id) ?? null, exposures: [] });
  }
  for (const exposure of exposures.filter((e) => e.modelId === modelId)) {
    const measured = latest.get(exposure.traitId) ?? null;
    const trait = sources.find((s) => s.trait.id === exposure.traitId)!.trait;
    const entry = traits.get(exposure.traitId) ?? { trait, status: "unmeasured", aboveBaseline: false, latest: measured, exposures: [] };
    entry.status = measured ? "measured" : "unmeasured";
    const { modelId: _model, traitId: _trait, ...path } = exposure;
    entry.exposures.push(path);
    traits.set(exposure.traitId, entry);
  }
  for (const entry of traits.values()) entry.exposures.sort((a, b) => (a.risk === b.risk ? a.path.length - b.path.length : a.risk === "high" ? -1 : 1));
  return { model, traits: [...traits.values()] };
}
