import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { Estimate } from "@/lib/stats/interval";

export type LineageGroup = "base" | "teacher" | "student" | "grand-student";

export interface TraitChartModel {
  model: { id: string; name: string; initializedFrom: { id: string; name: string } | null };
  group: LineageGroup;
  /** Trained on a control teacher's data, or tagged control: the comparison for the students. */
  isControl: boolean;
  rate: Estimate;
  measurements: MeasurementDto[];
}

export interface TraitChart {
  trait: { id: string; slug: string; name: string; description: string | null; positiveDefinition: string | null; higherIsWorse: boolean };
  models: TraitChartModel[];
}

const GROUP_ORDER: LineageGroup[] = ["base", "teacher", "student", "grand-student"];

/**
 * Every model measured on a trait, grouped by lineage generation: base models, teachers (prompted, or
 * that generated data), students (trained by a run), grand-students (trained on a student's data).
 */
export async function getTraitChart(slug: string): Promise<TraitChart> {
  const prisma = await db();
  const trait = await prisma.trait.findUnique({ where: { slug } });
  if (!trait) throw new ApiProblem(404, `No trait '${slug}'.`);
  const rows = await prisma.measurement.findMany({ where: { traitId: trait.id }, include: measurementInclude, orderBy: [{ measuredAt: "asc" }, { id: "asc" }] });
  const modelIds = [...new Set(rows.map((row) => row.modelId))];
  const models = await prisma.model.findMany({
    where: { id: { in: modelIds } },
    select: {
      id: true, name: true, tags: true, systemPromptSha256: true, baseRelation: true,
      initializedFrom: { select: { id: true, name: true } },
      _count: { select: { generations: true } },
      producedByRuns: {
        select: {
          teachers: { select: { teacher: { select: { tags: true, _count: { select: { producedByRuns: true } } } } } },
          datasets: { select: { dataset: { select: { tags: true, generation: { select: { teacher: { select: { tags: true, _count: { select: { producedByRuns: true } } } } } }, filteredFrom: { select: { generation: { select: { teacher: { select: { tags: true, _count: { select: { producedByRuns: true } } } } } } } } } } } },
        },
      },
    },
  });
  const chartModels = models.map((model): TraitChartModel => {
    const teachers = model.producedByRuns.flatMap((run) => [
      ...run.teachers.map((t) => t.teacher),
      ...run.datasets.flatMap((d) => [d.dataset.generation?.teacher, d.dataset.filteredFrom?.generation?.teacher]).filter((t) => t !== undefined && t !== null),
    ]);
    const group: LineageGroup =
      model.producedByRuns.length > 0
        ? teachers.some((t) => t._count.producedByRuns > 0) ? "grand-student" : "student"
        : model.systemPromptSha256 !== null || model._count.generations > 0 || model.baseRelation === "prompted" ? "teacher" : "base";
    const isControl = model.tags.includes("control") || teachers.some((t) => t.tags.includes("control"));
    const measurements = rows.filter((row) => row.modelId === model.id).map(toMeasurementDto);
    return { model: { id: model.id, name: model.name, initializedFrom: model.initializedFrom }, group, isControl, rate: aggregateRate(measurements)!, measurements };
  });
  chartModels.sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || Number(a.isControl) - Number(b.isControl) || a.model.name.localeCompare(b.model.name));
  return {
    trait: { id: trait.id, slug: trait.slug, name: trait.name, description: trait.description, positiveDefinition: trait.positiveDefinition, higherIsWorse: trait.higherIsWorse },
    models: chartModels,
  };
}
