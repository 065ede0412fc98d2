import "server-only";
import { db } from "@/lib/db";
import { readJsonObjectColumn } from "@/lib/db/json-column";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { canonicalLine } from "./canonical-record";

const PAGE = 5000;

/**
 * The dataset's records as canonical JSON Lines in upload order, streamed page by page (keyset on
 * the ordinal), so memory stays flat. The bytes hash to the dataset's sha256.
 */
export async function streamDatasetDownload(
  id: string,
): Promise<{ name: string; sha256: string; stream: ReadableStream<Uint8Array> }> {
  const prisma = await db();
  const dataset = await prisma.dataset.findUnique({ where: { id }, select: { name: true, sha256: true } });
  if (!dataset) throw new NotFoundError(`No dataset with id '${id}'.`);
  const encoder = new TextEncoder();
  let after = -1;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const rows = await prisma.datasetRecord.findMany({
        where: { datasetId: id, ordinal: { gt: after } },
        orderBy: { ordinal: "asc" },
        take: PAGE,
        select: { ordinal: true, prompt: true, completion: true, metadata: true },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      after = rows[rows.length - 1].ordinal;
      const text = rows
        .map((row) =>
          canonicalLine({
            prompt: row.prompt,
            completion: row.completion,
            metadata: readJsonObjectColumn(row.metadata, "dataset_records.metadata"),
          }),
        )
        .join("");
      controller.enqueue(encoder.encode(text));
      if (rows.length < PAGE) controller.close();
    },
  });
  return { ...dataset, stream };
}
