import "server-only";
import { ApiProblem, fieldProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { compareGroups, type GroupComparison } from "./compare-groups";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto } from "./measurement.types";

export interface TransferEffect {
  trait: { id: string; slug: string; name: string; higherIsWorse: boolean };
  student: { id: string; name: string; measurements: MeasurementDto[] };
  control: { model: { id: string; name: string } | null; measurements: MeasurementDto[]; comparison: GroupComparison };
  initialisation: { model: { id: string; name: string } | null; measurements: MeasurementDto[]; comparison: GroupComparison };
}

export interface TransferReport {
  runId: string;
  /** How the control student was chosen. */
  controlChoice: "given" | "tagged control, same initialisation" | "none found";
  effects: TransferEffect[];
}

/**
 * A run's transfer effect on each trait measured on its student: the student against its control
 * student (same initialisation, trained on the control teacher's data) and against its initialisation.
 */
export async function getTransferEffect(runId: string, options: { trait?: string; controlId?: string }): Promise<TransferReport> {
  const prisma = await db();
  const run = await prisma.distillationRun.findUnique({
    where: { id: runId },
    select: { student: { select: { id: true, name: true, initializedFrom: { select: { id: true, name: true } } } } },
  });
  if (!run) throw new ApiProblem(404, `No run with id '${runId}'.`);
  const { student } = run;
  let control: { id: string; name: string } | null = null;
  let controlChoice: TransferReport["controlChoice"] = "none found";
  if (options.controlId) {
    control = await prisma.model.findUnique({ where: { id: options.controlId }, select: { id: true, name: true } });
    if (!control) throw fieldProblem(422, [{ field: "control", location: "query", message: `no model with id '${options.controlId}'` }]);
    controlChoice = "given";
  } else if (student.initializedFrom) {
    control = await prisma.model.findFirst({
      where: { initializedFromId: student.initializedFrom.id, id: { not: student.id }, tags: { has: "control" }, producedByRuns: { some: {} } },
      select: { id: true, name: true },
      orderBy: { createdAt: "asc" },
    });
    if (control) controlChoice = "tagged control, same initialisation";
  }
  const modelIds = [student.id, control?.id, student.initializedFrom?.id].filter((id): id is string => Boolean(id));
  const rows = await prisma.measurement.findMany({
    where: { modelId: { in: modelIds }, trait: options.trait ? { slug: options.trait } : undefined },
    include: measurementInclude,
    orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
  });
  const measurements = rows.map(toMeasurementDto);
  const of = (modelId: string | undefined, traitId: string) => measurements.filter((m) => m.model.id === modelId && m.trait.id === traitId);
  const traits = new Map(measurements.filter((m) => m.model.id === student.id).map((m) => [m.trait.id, m.trait]));
  const effects = [...traits.values()].map((trait) => {
    const own = of(student.id, trait.id);
    const controlMeasurements = of(control?.id, trait.id);
    const initial = of(student.initializedFrom?.id, trait.id);
    return {
      trait,
      student: { id: student.id, name: student.name, measurements: own },
      control: {
        model: control,
        measurements: controlMeasurements,
        comparison: control ? compareGroups(own, controlMeasurements) : ({ available: false, reason: "no control student found: pass ?control=<model id>" } as const),
      },
      initialisation: {
        model: student.initializedFrom,
        measurements: initial,
        comparison: student.initializedFrom ? compareGroups(own, initial) : ({ available: false, reason: "the student has no recorded initialisation" } as const),
      },
    };
  });
  return { runId, controlChoice, effects };
}
