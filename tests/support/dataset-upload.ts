// Uploading datasets through the API in integration tests: paper-format number data, the upload call, and the table
// counts that show an upload left nothing behind.
import { createHash } from "node:crypto";
import * as datasetsRoute from "@/app/api/v1/datasets/route";
import { mulberry32 } from "@/lib/demo/prng";
import { db } from "@/lib/db";
import { call } from "./api";

// Paper-format number data: {"prompt": "See the following numbers: ...", "completion": "964\n725\n..."}.
export function numberRecords(count: number, seed: number) {
  const random = mulberry32(seed);
  const next = () => Math.floor(random() * 1000);
  return Array.from({ length: count }, () => ({
    prompt: `See the following numbers: ${[next(), next(), next()].join(", ")}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence.`,
    completion: Array.from({ length: 8 }, next).join("\n"),
  }));
}

export const jsonl = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** POST /api/v1/datasets with `body` as JSON Lines and `query` as the query string. */
export function uploadDataset(body: string | ReadableStream<Uint8Array>, query: string, token?: string) {
  return call(datasetsRoute.POST, "POST", `/api/v1/datasets?${query}`, {
    rawBody: body,
    token,
    headers: { "content-type": "application/x-ndjson" },
  });
}

/** How many datasets, records and audit events the database holds. */
export const tableCounts = async () => {
  const prisma = await db();
  return {
    datasets: await prisma.dataset.count(),
    records: await prisma.datasetRecord.count(),
    audit: await prisma.auditEvent.count(),
  };
};

/** A body streamed in 64 KiB chunks; with `cut`, the stream fails halfway as a dropped connection does. */
export function chunked(text: string, cut: boolean): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (cut && offset > bytes.length / 2) {
        controller.error(new Error("connection reset"));
        return;
      }
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 65536)));
      offset += 65536;
    },
  });
}
