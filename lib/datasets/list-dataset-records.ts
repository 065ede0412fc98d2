import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatasetRecordDto, RecordPage, TListRecordsQuery } from "./dataset.types";

export type { RecordPage };

/** ILIKE pattern for a literal substring. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of a dataset's records in upload order, optionally only those whose prompt or completion
 * contains `q` (case-insensitive). The search uses the trigram index on prompt and completion.
 */
export async function listDatasetRecords(datasetId: string, query: TListRecordsQuery): Promise<RecordPage> {
  const prisma = await db();
  if (!(await prisma.dataset.findUnique({ where: { id: datasetId }, select: { id: true } }))) {
    throw new NotFoundError(`No dataset with id '${datasetId}'.`);
  }
  const after = query.cursor ?? -1;
  const pattern = query.q ? containsPattern(query.q) : null;
  const matches = pattern ? Prisma.sql`AND (prompt || E'\n' || completion) ILIKE ${pattern}` : Prisma.empty;
  const rows = await prisma.$queryRaw<DatasetRecordDto[]>`
    SELECT ordinal, prompt, completion, metadata FROM dataset_records
     WHERE dataset_id = ${datasetId} AND ordinal > ${after} ${matches}
     ORDER BY ordinal
     LIMIT ${query.limit + 1}`;
  let matchCount: number | null = null;
  if (pattern) {
    const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM dataset_records
       WHERE dataset_id = ${datasetId} AND (prompt || E'\n' || completion) ILIKE ${pattern}`;
    matchCount = count;
  }
  const page = rows.slice(0, query.limit);
  return { items: page, nextCursor: rows.length > query.limit ? page[page.length - 1].ordinal : null, matchCount };
}
