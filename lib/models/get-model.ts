import "server-only";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { measurementInclude, shownIntervalColumns, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import { db } from "@/lib/db";
import { listRuns } from "@/lib/runs/list-runs";
import { modelDtoInclude, toModelDto, type ModelDetail } from "./model-dto";

export type { ModelDetail };

const refSelect = { id: true, name: true, version: true, provider: true } as const;

export async function getModel(id: string): Promise<ModelDetail> {
  const prisma = await db();
  const model = await prisma.model.findUnique({
    where: { id },
    include: {
      ...modelDtoInclude,
      derivedModels: { select: { ...refSelect, baseRelation: true }, orderBy: { createdAt: "asc" } },
      producedByRuns: {
        select: {
          id: true,
          method: true,
          status: true,
          seed: true,
          datasets: { select: { dataset: { select: { id: true, name: true } } } },
        },
        orderBy: { createdAt: "asc" },
      },
      generations: {
        select: {
          id: true,
          temperature: true,
          seed: true,
          dataset: { select: { id: true, name: true, recordCount: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      measurements: {
        include: { ...measurementInclude, model: { select: { id: true, name: true } } },
        orderBy: [{ measuredAt: "desc" }, { createdAt: "desc" }],
      },
    },
  });
  if (!model) throw new NotFoundError(`No model with id '${id}'.`);
  const taught = await listRuns({ teacherId: id, limit: 200 });

  return {
    ...toModelDto(model),
    derivedModels: model.derivedModels,
    taught: taught.items,
    producedBy: model.producedByRuns.map((run) => ({ ...run, datasets: run.datasets.map((link) => link.dataset) })),
    generated: model.generations,
    latestMeasurements: model.measurements.map(toMeasurementDto).map((m) => ({
      id: m.id,
      trait: { id: m.trait.id, slug: m.trait.slug, name: m.trait.name },
      protocol: m.protocol,
      kind: m.kind,
      value: m.value,
      ...shownIntervalColumns(m),
      sampleCount: m.sampleCount,
      seed: m.seed,
      measuredAt: m.measuredAt,
    })),
  };
}
