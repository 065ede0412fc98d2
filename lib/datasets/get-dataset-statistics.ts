import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/connect";
import type { DatasetStatistics, LengthHistogram } from "./dataset-statistics.types";
import { isNumberDataset } from "./signature/count-tokens";

export type { DatasetStatistics, LengthHistogram };

const BINS = 30;

async function lengthHistogram(
  tx: Pick<Tx, "$queryRaw">,
  datasetId: string,
  column: "prompt" | "completion",
): Promise<LengthHistogram> {
  // The column name is one of two constants, never user input.
  const length = Prisma.raw(column === "prompt" ? "char_length(prompt)" : "char_length(completion)");
  const [summary] = await tx.$queryRaw<{ min: number; max: number; mean: number; median: number }[]>`
    SELECT min(${length})::int AS min, max(${length})::int AS max, avg(${length})::float8 AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${length})::float8 AS median
      FROM dataset_records WHERE dataset_id = ${datasetId}`;
  const width = Math.max(1, Math.ceil((summary.max - summary.min + 1) / BINS));
  const rows = await tx.$queryRaw<{ bin: number; count: number }[]>`
    SELECT ((${length} - ${summary.min}::int) / ${width}::int)::int AS bin, count(*)::int AS count
      FROM dataset_records WHERE dataset_id = ${datasetId} GROUP BY 1 ORDER BY 1`;
  const counts = new Map(rows.map((row) => [row.bin, row.count]));
  const binCount = Math.floor((summary.max - summary.min) / width) + 1;
  return {
    ...summary,
    bins: Array.from({ length: binCount }, (_, bin) => ({
      from: summary.min + bin * width,
      to: summary.min + (bin + 1) * width - 1,
      count: counts.get(bin) ?? 0,
    })),
  };
}

/** Length distributions and, for number datasets, the frequency of each number 0-999; aggregated in Postgres. */
export async function getDatasetStatistics(datasetId: string): Promise<DatasetStatistics> {
  const prisma = await db();
  const dataset = await prisma.dataset.findUnique({ where: { id: datasetId }, select: { recordCount: true } });
  if (!dataset) throw new NotFoundError(`No dataset with id '${datasetId}'.`);
  const [promptLength, completionLength, numbers] = await Promise.all([
    lengthHistogram(prisma, datasetId, "prompt"),
    lengthHistogram(prisma, datasetId, "completion"),
    isNumberDataset(prisma, datasetId),
  ]);
  let numberFrequency: DatasetStatistics["numberFrequency"] = null;
  let numbersOutOfRange: number | null = null;
  if (numbers) {
    const rows = await prisma.$queryRaw<{ number: bigint; count: number }[]>`
      SELECT m[1]::bigint AS number, count(*)::int AS count
        FROM dataset_records, regexp_matches(completion, '([0-9]+)', 'g') AS m
       WHERE dataset_id = ${datasetId} AND length(m[1]) <= 12 GROUP BY 1`;
    const counts = new Map(rows.map((row) => [Number(row.number), row.count]));
    numberFrequency = Array.from({ length: 1000 }, (_, number) => ({ number, count: counts.get(number) ?? 0 }));
    numbersOutOfRange = rows.filter((row) => Number(row.number) > 999).reduce((s, row) => s + row.count, 0);
  }
  return {
    recordCount: dataset.recordCount,
    promptLength,
    completionLength,
    isNumberDataset: numbers,
    numberFrequency,
    numbersOutOfRange,
  };
}
