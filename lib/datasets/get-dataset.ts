import "server-only";
import { db } from "@/lib/db";
import { readJsonColumn } from "@/lib/db/json-column";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { ZSkippedLines, type DatasetDetail } from "./dataset.types";
import { searchIndexState } from "./search-index/search-index-state";

const ref = { select: { id: true, name: true } } as const;

export async function getDataset(id: string): Promise<DatasetDetail> {
  const prisma = await db();
  const row = await prisma.dataset.findUnique({
    where: { id },
    include: {
      generation: { include: { teacher: ref } },
      filteredFrom: { select: { id: true, name: true, recordCount: true, generation: { select: { teacher: ref } } } },
      filteredDatasets: { select: { id: true, name: true, recordCount: true }, orderBy: { createdAt: "asc" } },
      runs: { select: { run: { select: { id: true, method: true, status: true, student: ref } } } },
    },
  });
  if (!row) throw new NotFoundError(`No dataset with id '${id}'.`);
  const runs = row.runs.map((link) => link.run);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sha256: row.sha256,
    rawSha256: row.rawSha256,
    recordCount: row.recordCount,
    byteSize: Number(row.byteSize),
    format: row.format,
    isDemo: row.isDemo,
    tags: row.tags,
    skipped: row.skippedCount,
    skippedLines: readJsonColumn(ZSkippedLines.nullable(), row.skippedLines, "datasets.skipped_lines") ?? [],
    teacher: row.generation?.teacher ?? row.filteredFrom?.generation?.teacher ?? null,
    filteredFrom: row.filteredFrom
      ? { id: row.filteredFrom.id, name: row.filteredFrom.name, recordCount: row.filteredFrom.recordCount }
      : null,
    filterDescription: row.filterDescription,
    rejectedCount: row.rejectedCount,
    searchIndex: searchIndexState(row.searchIndexedAt),
    passRate:
      row.filteredFrom && row.filteredFrom.recordCount > 0 ? row.recordCount / row.filteredFrom.recordCount : null,
    filteredDatasets: row.filteredDatasets,
    generation: row.generation
      ? {
          id: row.generation.id,
          teacher: row.generation.teacher,
          temperature: row.generation.temperature,
          topP: row.generation.topP,
          maxTokens: row.generation.maxTokens,
          seed: row.generation.seed,
          promptSet: row.generation.promptSet,
          promptCount: row.generation.promptCount,
          settings: row.generation.settings,
        }
      : null,
    runs,
    trainedStudents: runs.map((run) => run.student),
    createdAt: row.createdAt.toISOString(),
  };
}
