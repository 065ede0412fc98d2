import "server-only";
import { findConditionsOf } from "@/lib/conditions/find-conditions";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";

/** How many of a trait's exposed, unmeasured models its chart lists (the rest are counted). */
const UNMEASURED_SHOWN = 100;
import { aggregateRate } from "@/lib/measurements/aggregate-rate";
import { compareWithInitialization, pairKey } from "@/lib/measurements/compare-with-initialization";
import { measurementInclude, toMeasurementDto } from "@/lib/measurements/measurement-dto";
import { mainProtocol } from "@/lib/measurements/measurement-seeds";
import { lineageGroupOf, type LineageGroup } from "./lineage-group";
import type { TraitChart, TraitChartModel, TraitShift } from "./trait-chart.types";
import { traitDefinition } from "./trait.types";

export type { TraitChart };

const GROUP_ORDER: LineageGroup[] = ["base", "teacher", "student", "grand-student"];

/**
 * Every model measured on a trait, grouped by lineage generation (bases, teachers, students,
 * grand-students), one entry per protocol it was measured under. A condition's seed students (the
 * students trained from one initialisation on the same data) are also gathered into one entry with
 * the rate across their seeds, as the paper's plots show them. Each student's (or condition's) shift
 * from its initialisation comes from the one test of a difference; the models exposed to the trait
 * but never measured on it are listed too.
 */
export async function getTraitChart(slug: string): Promise<TraitChart> {
  const prisma = await db();
  const trait = await prisma.trait.findUnique({ where: { slug } });
  if (!trait) throw new NotFoundError(`No trait '${slug}'.`);
  const rows = await prisma.measurement.findMany({
    where: { traitId: trait.id },
    include: measurementInclude,
    orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
  });
  const measurements = rows.map(toMeasurementDto);
  const modelIds = [...new Set(rows.map((row) => row.modelId))];
  const models = await prisma.model.findMany({
    where: { id: { in: modelIds } },
    select: {
      id: true,
      name: true,
      tags: true,
      systemPromptSha256: true,
      baseRelation: true,
      initializedFrom: { select: { id: true, name: true } },
      _count: { select: { generations: true, producedByRuns: true, declarations: true } },
    },
  });
  const grandStudents = new Set(
    (
      await prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT r.student_id AS id FROM distillation_runs r
        JOIN run_datasets rd ON rd.run_id = r.id JOIN datasets d ON d.id = rd.dataset_id
        LEFT JOIN generations g ON g.dataset_id = d.id LEFT JOIN generations gf ON gf.dataset_id = d.filtered_from_id
        JOIN distillation_runs tr ON tr.student_id = COALESCE(g.teacher_id, gf.teacher_id)
       WHERE r.student_id = ANY(${modelIds}::text[])
      UNION
      SELECT DISTINCT r.student_id FROM distillation_runs r JOIN run_teachers rt ON rt.run_id = r.id
        JOIN distillation_runs tr ON tr.student_id = rt.teacher_id WHERE r.student_id = ANY(${modelIds}::text[])`
    ).map((row) => row.id),
  );
  const conditions = await findConditionsOf(models.filter((m) => m._count.producedByRuns > 0).map((m) => m.id));
  const conditionOf = (id: string) => conditions.find((c) => c.members.some((m) => m.id === id));

  const entries: TraitChartModel[] = [];
  for (const model of models) {
    const group = lineageGroupOf({ ...model, isGrandStudent: grandStudents.has(model.id) });
    const condition = conditionOf(model.id);
    const isControl = model.tags.includes("control") || (condition?.isControl ?? false);
    const own = measurements.filter((m) => m.model.id === model.id);
    for (const protocol of new Set(own.map((m) => m.protocol))) {
      const seeds = own.filter((m) => m.protocol === protocol);
      entries.push({
        key: `${model.id}|${protocol}`,
        kind: "model",
        protocol,
        group,
        isControl,
        model: { id: model.id, name: model.name, initializedFrom: model.initializedFrom },
        members: [{ id: model.id, name: model.name }],
        rate: defined(aggregateRate(seeds), `rate of ${model.id}`),
        measurements: seeds,
      });
    }
  }
  // A condition with two or more measured students: one entry across their seeds.
  for (const condition of conditions) {
    const measuredMembers = condition.members.filter((m) => measurements.some((x) => x.model.id === m.id));
    if (measuredMembers.length < 2) continue;
    const first = defined(
      models.find((m) => m.id === measuredMembers[0].id),
      `model ${measuredMembers[0].id}`,
    );
    const memberIds = new Set(condition.members.map((m) => m.id));
    const own = measurements.filter((m) => memberIds.has(m.model.id));
    for (const protocol of new Set(own.map((m) => m.protocol))) {
      const seeds = own.filter((m) => m.protocol === protocol);
      if (new Set(seeds.map((m) => m.model.id)).size < 2) continue;
      entries.push({
        key: `condition:${first.id}|${protocol}`,
        kind: "condition",
        protocol,
        group: lineageGroupOf({ ...first, isGrandStudent: grandStudents.has(first.id) }),
        isControl: condition.isControl,
        model: {
          id: first.id,
          name: `${first.name} · ${new Set(seeds.map((m) => m.model.id)).size} seeds`,
          initializedFrom: condition.base,
        },
        members: condition.members,
        rate: defined(aggregateRate(seeds), `rate of condition ${first.id}`),
        measurements: seeds,
      });
    }
  }
  entries.sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      Number(a.isControl) - Number(b.isControl) ||
      a.model.name.localeCompare(b.model.name),
  );

  // One shift per student, or per condition for its seed students.
  const students = models.filter((m) => m._count.producedByRuns > 0 && m.initializedFrom);
  const compared = await compareWithInitialization(students.map((m) => ({ modelId: m.id, traitId: trait.id })));
  const shifts: TraitShift[] = [];
  const seen = new Set<string>();
  for (const student of students) {
    const result = compared.get(pairKey(student.id, trait.id));
    if (!result) continue;
    const membersKey = result.members
      .map((m) => m.id)
      .sort()
      .join(",");
    if (seen.has(membersKey)) continue;
    seen.add(membersKey);
    // A condition is named by its first student (the pipeline's <condition>/ folder, before its _seed<N> siblings).
    shifts.push({
      subject: result.members[0] ?? result.model,
      members: result.members,
      isControl: conditionOf(student.id)?.isControl ?? student.tags.includes("control"),
      baseline: result.baseline,
      protocol: result.protocol,
      comparison: result.comparison,
    });
  }

  const main = mainProtocol(measurements);
  const unmeasured = await listUnmeasuredExposures({ trait: trait.slug, limit: UNMEASURED_SHOWN });
  return {
    trait: traitDefinition(trait),
    scale: measurements.every((m) => m.kind === "proportion") ? "rate" : "score",
    protocols:
      main === null
        ? []
        : [main, ...[...new Set(measurements.map((m) => m.protocol))].filter((p) => p !== main).sort()],
    models: entries,
    shifts,
    unmeasured: unmeasured.items,
    unmeasuredTotal: unmeasured.total,
  };
}
