import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import { InvalidError } from "@/lib/errors/domain-errors";
import { groupQuestionsByText } from "@/lib/stats/group-questions";
import { questionMeanRate } from "@/lib/stats/question-rate";
import { wilsonInterval } from "@/lib/stats/wilson-interval";
import { resolveTrait } from "@/lib/traits/resolve-trait";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { measurementInclude, toMeasurementDto } from "./measurement-dto";
import type { MeasurementDto, TCreateMeasurement } from "./measurement.types";

/** Records a measurement (creating its trait on first use), in the caller's transaction or its own. */
export async function createMeasurement(actor: Actor, input: TCreateMeasurement, tx?: Tx): Promise<MeasurementDto> {
  if (tx) return insert(tx, actor, input);
  const prisma = await db();
  return prisma.$transaction((own) => insert(own, actor, input));
}

async function insert(tx: Tx, actor: Actor, input: TCreateMeasurement): Promise<MeasurementDto> {
  if (!(await tx.model.findUnique({ where: { id: input.modelId }, select: { id: true } }))) {
    throw InvalidError.fields([{ field: "modelId", message: `no model with id '${input.modelId}'` }]);
  }
  const trait = await resolveTrait(tx, actor, input.trait);
  const common = {
    modelId: input.modelId,
    traitId: trait.id,
    protocol: input.protocol,
    seed: input.seed,
    source: input.source,
    notes: input.notes,
    measuredAt: input.measuredAt ? new Date(input.measuredAt) : undefined,
    createdById: actor.userId,
  };
  let data;
  if ("perQuestion" in input) {
    // A question asked on several lines is one question, as the reference implementation counts it.
    const questions = groupQuestionsByText(input.perQuestion);
    const sampleCount = questions.reduce((s, q) => s + q.n, 0);
    const positiveCount = questions.reduce((s, q) => s + q.positives, 0);
    const rate = questionMeanRate(questions);
    data = {
      ...common,
      kind: "proportion" as const,
      sampleCount,
      positiveCount,
      value: rate.estimate,
      ciLow: rate.low,
      ciHigh: rate.high,
      ciMethod: rate.method,
      questions: {
        create: questions.map((q, ordinal) => ({
          ordinal,
          question: q.question,
          sampleCount: q.n,
          positiveCount: q.positives,
        })),
      },
    };
  } else if ("positives" in input) {
    const rate = wilsonInterval(input.positives, input.n);
    data = {
      ...common,
      kind: "proportion" as const,
      sampleCount: input.n,
      positiveCount: input.positives,
      value: rate.estimate,
      ciLow: rate.low,
      ciHigh: rate.high,
      ciMethod: rate.method,
    };
  } else {
    data = {
      ...common,
      kind: "score" as const,
      sampleCount: input.n,
      value: input.value,
      ciLow: input.ciLow,
      ciHigh: input.ciHigh,
      ciMethod: input.ciLow === undefined ? null : "reported",
    };
  }
  const created = await tx.measurement.create({ data, include: measurementInclude });
  await emitWebhookEvent(tx, {
    event: "measurement.created",
    data: {
      model: created.model,
      trait: { id: created.trait.id, slug: created.trait.slug, name: created.trait.name },
      measurement: {
        id: created.id,
        kind: created.kind,
        value: created.value,
        ciLow: created.ciLow,
        ciHigh: created.ciHigh,
        sampleCount: created.sampleCount,
      },
    },
  });
  return recordAuditedEntity(tx, actor, toMeasurementDto(created), {
    action: "measurement.create",
    entityType: "measurement",
    entityId: created.id,
  });
}
