import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors/domain-errors";
import { getRun } from "./get-run";
import type { RunDetail, TUpdateRun } from "./run.types";

const toDate = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

/** Updates a run's status and times, e.g. as its training job progresses. */
export async function updateRun(actor: Actor, id: string, update: TUpdateRun): Promise<RunDetail> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const before = await tx.distillationRun.findUnique({
      where: { id },
      select: { id: true, startedAt: true, finishedAt: true },
    });
    if (!before) throw new NotFoundError(`No run with id '${id}'.`);
    const startedAt = toDate(update.startedAt);
    const finishedAt = toDate(update.finishedAt);
    const start = startedAt === undefined ? before.startedAt : startedAt;
    const finish = finishedAt === undefined ? before.finishedAt : finishedAt;
    if (start && finish && finish < start)
      throw InvalidError.fields([{ field: "finishedAt", message: "must not be before startedAt" }]);
    const beforeDetail = await getRun(id, tx);
    await tx.distillationRun.update({ where: { id }, data: { status: update.status, startedAt, finishedAt } });
    const after = await getRun(id, tx);
    await recordAuditEvent(tx, actor, {
      action: "run.update",
      entityType: "run",
      entityId: id,
      before: beforeDetail,
      after,
    });
    return after;
  });
}
