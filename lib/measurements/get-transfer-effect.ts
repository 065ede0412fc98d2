import "server-only";
import { findConditionsOf, findControlConditions } from "@/lib/conditions/find-conditions";
import type { Condition } from "@/lib/conditions/condition.types";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors/domain-errors";
import { aggregateRate } from "./aggregate-rate";
import type { GroupComparison } from "./compare-groups";
import { compareSeedRows } from "./compare-model-sets";
import { compareWithInitialization, pairKey } from "./compare-with-initialization";
import { loadSeedRows } from "./load-seed-rows";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import { mainProtocol } from "./measurement-seeds";
import type { TransferEffect, TransferReport } from "./transfer-effect.types";

type ModelRef = { id: string; name: string };

export type { TransferEffect, TransferReport };

const NO_CONTROL: GroupComparison = {
  available: false,
  verdict: "untestable",
  reason: "no control student found: pass ?control=<model id>",
};
const NO_BASE: GroupComparison = {
  available: false,
  verdict: "untestable",
  reason: "the student has no recorded initialisation",
};

/** The control condition with the most students measured on the trait, then the oldest. */
function pickControl(conditions: readonly Condition[], measured: ReadonlySet<string>): Condition | null {
  const score = (condition: Condition) => condition.members.filter((m) => measured.has(m.id)).length;
  return [...conditions].sort((a, b) => score(b) - score(a))[0] ?? null;
}

/**
 * A run's transfer effect on each trait measured on its condition (the run's student and its seed
 * siblings): against the control condition (same initialisation, trained on a control teacher's
 * data) and against the initialisation, each by the one test of a difference (compare-groups.ts).
 */
export async function getTransferEffect(
  runId: string,
  options: { trait?: string; controlId?: string },
): Promise<TransferReport> {
  const prisma = await db();
  const run = await prisma.distillationRun.findUnique({
    where: { id: runId },
    select: { student: { select: { id: true, name: true, initializedFrom: { select: { id: true, name: true } } } } },
  });
  if (!run) throw new NotFoundError(`No run with id '${runId}'.`);
  const { student } = run;
  const base = student.initializedFrom;
  const condition = (await findConditionsOf([student.id])).at(0);
  const members = condition?.members ?? [{ id: student.id, name: student.name }];

  let control: Condition | null = null;
  let controlChoice: TransferReport["controlChoice"] = "none found";
  if (options.controlId) {
    const model = await prisma.model.findUnique({ where: { id: options.controlId }, select: { id: true, name: true } });
    if (!model)
      throw InvalidError.fields([
        { field: "control", location: "query", message: `no model with id '${options.controlId}'` },
      ]);
    const given = (await findConditionsOf([model.id])).at(0);
    control = given ?? { base: null, members: [model], datasets: [], isControl: true };
    controlChoice = "given";
  }

  const traits = await prisma.trait.findMany({
    where: {
      ...(options.trait ? { slug: options.trait } : {}),
      measurements: { some: { modelId: { in: members.map((m) => m.id) } } },
    },
    select: { id: true, slug: true, name: true, higherIsWorse: true },
    orderBy: { name: "asc" },
  });
  const controls = !control && base ? await findControlConditions([base.id]) : [];

  const effects: TransferEffect[] = [];
  for (const trait of traits) {
    const controlConditions = controls.filter((c) => !c.members.some((m) => members.some((own) => own.id === m.id)));
    const measuredOnTrait = new Set(
      (
        await prisma.measurement.findMany({
          where: { traitId: trait.id, modelId: { in: controlConditions.flatMap((c) => c.members.map((m) => m.id)) } },
          select: { modelId: true },
        })
      ).map((m) => m.modelId),
    );
    const chosen = control ?? pickControl(controlConditions, measuredOnTrait);
    if (chosen && !control) controlChoice = "control condition, same initialisation";
    const [own, controlRows, vsBase] = await Promise.all([
      loadSeedRows(
        members.map((m) => m.id),
        trait.id,
      ),
      loadSeedRows(chosen?.members.map((m) => m.id) ?? [], trait.id),
      compareWithInitialization([{ modelId: student.id, traitId: trait.id }]).then(
        (found) => found.get(pairKey(student.id, trait.id)) ?? null,
      ),
    ]);
    const vsControl = chosen ? compareSeedRows(own, controlRows) : null;
    const protocol = mainProtocol(own);
    const ids = [...own, ...controlRows, ...(vsBase?.seeds[1] ?? [])].map((row) => row.measurementId);
    const dtos = new Map(
      (await prisma.measurement.findMany({ where: { id: { in: ids } }, include: measurementInclude })).map((row) => [
        row.id,
        toMeasurementDto(row),
      ]),
    );
    const pick = (rows: readonly { measurementId: string }[]) =>
      rows.flatMap((row) => {
        const dto = dtos.get(row.measurementId);
        return dto ? [dto] : [];
      });
    const studentSeeds = pick(own.filter((row) => row.protocol === protocol));
    const side = (
      model: ModelRef | null,
      sideMembers: ModelRef[],
      compared: ReturnType<typeof compareSeedRows> | null,
      missing: GroupComparison,
    ): TransferEffect["control"] => {
      const seeds = compared ? pick(compared.seeds[1]) : [];
      return {
        model,
        members: sideMembers,
        measurements: seeds,
        rate: aggregateRate(seeds),
        protocol: compared?.protocol ?? null,
        comparison: compared?.comparison ?? missing,
      };
    };
    effects.push({
      trait,
      student: {
        id: student.id,
        name: student.name,
        members,
        measurements: studentSeeds,
        rate: aggregateRate(studentSeeds),
        protocol,
      },
      control: side(chosen?.members[0] ?? null, chosen?.members ?? [], vsControl, NO_CONTROL),
      initialization: side(base, base ? [base] : [], vsBase, NO_BASE),
    });
  }
  return { runId, controlChoice, condition: { members, datasets: condition?.datasets ?? [] }, effects };
}
