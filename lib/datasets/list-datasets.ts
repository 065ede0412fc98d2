import "server-only";
import { db } from "@/lib/db";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import type { DatasetSummary, TListDatasetsQuery } from "./dataset.types";

export async function listDatasets(query: TListDatasetsQuery): Promise<Page<DatasetSummary>> {
  const prisma = await db();
  return findPage(
    query,
    (page) =>
      prisma.dataset.findMany({
        where: query.q
          ? {
              OR: [
                { name: { contains: query.q, mode: "insensitive" } },
                { sha256: { startsWith: query.q.toLowerCase() } },
              ],
            }
          : {},
        include: {
          generation: { select: { teacher: { select: { id: true, name: true } } } },
          filteredFrom: {
            select: {
              id: true,
              name: true,
              recordCount: true,
              generation: { select: { teacher: { select: { id: true, name: true } } } },
            },
          },
          runs: { select: { run: { select: { student: { select: { id: true, name: true } } } } } },
        },
        ...page,
      }),
    (row) => ({
      id: row.id,
      name: row.name,
      sha256: row.sha256,
      recordCount: row.recordCount,
      byteSize: Number(row.byteSize),
      format: row.format,
      isDemo: row.isDemo,
      tags: row.tags,
      // A filtered dataset's teacher is the one that generated the raw data it was filtered from.
      teacher: row.generation?.teacher ?? row.filteredFrom?.generation?.teacher ?? null,
      filteredFrom: row.filteredFrom
        ? { id: row.filteredFrom.id, name: row.filteredFrom.name, recordCount: row.filteredFrom.recordCount }
        : null,
      passRate:
        row.filteredFrom && row.filteredFrom.recordCount > 0 ? row.recordCount / row.filteredFrom.recordCount : null,
      trainedStudents: row.runs.map((link) => link.run.student),
      createdAt: row.createdAt.toISOString(),
    }),
  );
}
