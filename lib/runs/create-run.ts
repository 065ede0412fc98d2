import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import { retryOnUniqueViolation } from "@/lib/db/retry-on-unique-violation";
import { ConflictError, InvalidError, type FieldError } from "@/lib/errors/domain-errors";
import { getRun } from "./get-run";
import { registrationDifferences } from "./registration-differences";
import type { RunDetail, TCreateRun } from "./run.types";
import { toJsonColumn } from "@/lib/db/json-column";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

const BASE_RELATION_OF_METHOD = {
  sft: "finetune",
  lora: "adapter",
  logit_distillation: "distilled",
  other: "finetune",
} as const;

/**
 * Registers a distillation run, creating the student when it is given by name. All of it lands in
 * one transaction: a missing reference, a cycle (refused by the database's lineage trigger) or any
 * other failure leaves nothing behind. Repeating a run (same externalJobId, or the same caller's
 * Idempotency-Key) with the same body returns the first one; with a different body it is refused (409).
 */
export function createRun(
  actor: Actor,
  input: TCreateRun,
  idempotencyKey?: string,
): Promise<{ run: RunDetail; created: boolean }> {
  return retryOnUniqueViolation(input.externalJobId !== undefined || idempotencyKey !== undefined, () =>
    register(actor, input, idempotencyKey),
  );
}

async function register(actor: Actor, input: TCreateRun, idempotencyKey?: string) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // An Idempotency-Key is the caller's own: another user's identical key is another request.
    const repeat = [
      ...(input.externalJobId ? [{ externalJobId: input.externalJobId }] : []),
      ...(idempotencyKey ? [{ idempotencyKey, createdById: actor.userId }] : []),
    ];
    if (repeat.length > 0) {
      const existing = await tx.distillationRun.findFirst({
        where: { OR: repeat },
        select: { id: true, externalJobId: true, registration: true },
      });
      if (existing) {
        assertSameRegistration(existing, input);
        return { run: await getRun(existing.id, tx), created: false };
      }
    }
    const datasetIds = [...new Set(input.datasetIds)];
    const teacherIds = [...new Set(input.teacherIds)];
    await assertReferencesExist(tx, input, datasetIds, teacherIds);
    const studentId = await resolveStudent(tx, actor, input);

    const created = await tx.distillationRun.create({
      data: {
        studentId,
        method: input.method,
        hyperparameters: toJsonColumn(input.hyperparameters),
        seed: input.seed,
        status: input.status,
        startedAt: input.startedAt ? new Date(input.startedAt) : undefined,
        finishedAt: input.finishedAt ? new Date(input.finishedAt) : undefined,
        externalJobId: input.externalJobId,
        idempotencyKey,
        registration: toJsonColumn(input),
        createdById: actor.userId,
        datasets: { create: datasetIds.map((datasetId) => ({ datasetId })) },
        teachers: { create: teacherIds.map((teacherId) => ({ teacherId })) },
      },
      select: { id: true },
    });
    const run = await getRun(created.id, tx);
    await recordAuditEvent(tx, actor, { action: "run.create", entityType: "run", entityId: run.id, after: run });
    await emitWebhookEvent(tx, {
      event: "run.created",
      data: {
        run: { id: run.id, method: run.method, status: run.status },
        model: run.student,
        teachers: run.teachers.map((t) => ({ id: t.id, name: t.name })),
      },
    });
    return { run, created: true };
  });
}

/** A repeat with a different body is not a retry: 409, naming the fields that differ, rather than the first run. */
function assertSameRegistration(
  existing: { id: string; externalJobId: string | null; registration: unknown },
  input: TCreateRun,
) {
  const differing = registrationDifferences(existing.registration, input);
  if (differing.length === 0) return;
  const by =
    input.externalJobId !== undefined && existing.externalJobId === input.externalJobId
      ? `externalJobId '${input.externalJobId}'`
      : "this Idempotency-Key";
  throw new ConflictError(
    `Run ${existing.id} was registered with ${by} and a different body (${differing.join(", ")} differ). Resend the first body to get that run, or use a new key for a new run.`,
    { existingId: existing.id, differingFields: differing },
  );
}

async function assertReferencesExist(tx: Tx, input: TCreateRun, datasetIds: string[], teacherIds: string[]) {
  const [datasets, models] = await Promise.all([
    tx.dataset.findMany({ where: { id: { in: datasetIds } }, select: { id: true } }),
    tx.model.findMany({ where: { id: { in: [...teacherIds, input.initializedFromId] } }, select: { id: true } }),
  ]);
  const foundDatasets = new Set(datasets.map((d) => d.id));
  const foundModels = new Set(models.map((m) => m.id));
  const errors: FieldError[] = [];
  input.datasetIds.forEach(
    (id, i) =>
      !foundDatasets.has(id) && errors.push({ field: `datasetIds.${i}`, message: `no dataset with id '${id}'` }),
  );
  input.teacherIds.forEach(
    (id, i) => !foundModels.has(id) && errors.push({ field: `teacherIds.${i}`, message: `no model with id '${id}'` }),
  );
  if (!foundModels.has(input.initializedFromId))
    errors.push({ field: "initializedFromId", message: `no model with id '${input.initializedFromId}'` });
  if (errors.length > 0) throw InvalidError.fields(errors);
}

async function resolveStudent(tx: Tx, actor: Actor, input: TCreateRun): Promise<string> {
  const relation = BASE_RELATION_OF_METHOD[input.method];
  if ("id" in input.student) {
    const student = await tx.model.findUnique({ where: { id: input.student.id } });
    if (!student)
      throw InvalidError.fields([{ field: "student.id", message: `no model with id '${input.student.id}'` }]);
    if (student.initializedFromId === input.initializedFromId) return student.id;
    if (student.initializedFromId !== null) {
      throw InvalidError.fields([
        {
          field: "student.id",
          message: `this model was initialised from '${student.initializedFromId}', not from initializedFromId`,
        },
      ]);
    }
    const updated = await tx.model.update({
      where: { id: student.id },
      data: { initializedFromId: input.initializedFromId, baseRelation: relation },
    });
    await recordAuditEvent(tx, actor, {
      action: "model.update",
      entityType: "model",
      entityId: student.id,
      before: student,
      after: updated,
    });
    return student.id;
  }
  const spec = input.student;
  if (spec.externalId) {
    const clash = await tx.model.findUnique({
      where: { provider_externalId: { provider: spec.provider, externalId: spec.externalId } },
      select: { id: true },
    });
    if (clash) {
      throw new ConflictError(
        `A model with provider '${spec.provider}' and externalId '${spec.externalId}' exists; pass student: {"id": "${clash.id}"}.`,
        {
          existingId: clash.id,
        },
      );
    }
  }
  const student = await tx.model.create({
    data: {
      ...spec,
      tags: [...new Set(spec.tags)],
      initializedFromId: input.initializedFromId,
      baseRelation: relation,
      createdById: actor.userId,
    },
  });
  await recordAuditEvent(tx, actor, {
    action: "model.create",
    entityType: "model",
    entityId: student.id,
    after: student,
  });
  return student.id;
}
