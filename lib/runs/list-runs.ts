import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { runSummaryInclude, toRunSummary } from "./run-summary";
import type { RunSummary, TListRunsQuery } from "./run.types";

export async function listRuns(query: TListRunsQuery): Promise<Page<RunSummary>> {
  const where: P.DistillationRunWhereInput = {};
  if (query.status) where.status = query.status;
  if (query.method) where.method = query.method;
  if (query.studentId) where.studentId = query.studentId;
  if (query.teacherId) {
    where.OR = [
      { teachers: { some: { teacherId: query.teacherId } } },
      { datasets: { some: { dataset: { generation: { teacherId: query.teacherId } } } } },
      { datasets: { some: { dataset: { filteredFrom: { generation: { teacherId: query.teacherId } } } } } },
    ];
  }
  const prisma = await db();
  return findPage(
    query,
    (page) => prisma.distillationRun.findMany({ where, include: runSummaryInclude, ...page }),
    toRunSummary,
  );
}
