import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination/cursor-page";
import type { RunSummary, TListRunsQuery } from "./run.types";

const ref = { select: { id: true, name: true } } as const;

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
  const rows = await prisma.distillationRun.findMany({
    where,
    include: {
      student: { select: { id: true, name: true, initializedFrom: ref } },
      teachers: { select: { teacher: ref } },
      datasets: {
        select: {
          dataset: {
            select: {
              id: true, name: true, recordCount: true,
              generation: { select: { teacher: ref } },
              filteredFrom: { select: { generation: { select: { teacher: ref } } } },
            },
          },
        },
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(query),
  });
  return toPage(rows, query.limit, (row) => {
    const teachers = new Map<string, { id: string; name: string }>();
    for (const { teacher } of row.teachers) teachers.set(teacher.id, teacher);
    for (const { dataset } of row.datasets) {
      const teacher = dataset.generation?.teacher ?? dataset.filteredFrom?.generation?.teacher;
      if (teacher) teachers.set(teacher.id, teacher);
    }
    return {
      id: row.id,
      method: row.method,
      status: row.status,
      seed: row.seed,
      externalJobId: row.externalJobId,
      hyperparameters: row.hyperparameters,
      student: { id: row.student.id, name: row.student.name },
      initializedFrom: row.student.initializedFrom,
      teachers: [...teachers.values()],
      datasets: row.datasets.map(({ dataset }) => ({ id: dataset.id, name: dataset.name, recordCount: dataset.recordCount })),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      isDemo: row.isDemo,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
