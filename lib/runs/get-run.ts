import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getSharedInitialization } from "@/lib/lineage/get-shared-initialization";
import { runSummaryInclude, toRunSummary } from "./run-summary";
import type { RunDetail } from "./run.types";

/** A run with, for each of its teachers, whether teacher and student share an initialisation. */
export async function getRun(id: string, tx?: Tx): Promise<RunDetail> {
  const prisma = tx ?? (await db());
  const row = await prisma.distillationRun.findUnique({ where: { id }, include: runSummaryInclude });
  if (!row) throw new NotFoundError(`No run with id '${id}'.`);
  const summary = toRunSummary(row);
  const sharedInitialization = await getSharedInitialization(
    summary.teachers.map((teacher) => ({ teacherId: teacher.id, studentId: summary.student.id })),
    tx,
  );
  return { ...summary, sharedInitialization };
}
