import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import { env } from "@/lib/env";
import {
  InvalidError,
  MalformedError,
  TimedOutError,
  TooLargeError,
  type FieldError,
} from "@/lib/errors/domain-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { CanonicalHasher, type DatasetRecordInput } from "./canonical-record";
import { checkFilteredSubset } from "./check-filtered-subset";
import type { SkippedLine, TUploadDatasetQuery, UploadResult } from "./dataset.types";
import { insertRecordBatch } from "./insert-record-batch";
import { PayloadTooLargeError, UploadInterruptedError } from "./parsing/byte-meter";
import { csvRows } from "./parsing/csv-rows";
import { jsonlRows } from "./parsing/jsonl-rows";
import { OrdinalLines } from "./parsing/ordinal-lines";
import { UploadIdleError } from "./parsing/upload-idle-error";
import { InvalidUtf8Error } from "./parsing/utf8-check";
import { spoolUpload, type SpooledUpload } from "./spool-upload";
import { toUploadResult, uploadResultInclude } from "./upload-result";
import { toJsonColumn } from "@/lib/db/json-column";
import { missingBody } from "@/lib/http/missing-body";

const BATCH_SIZE = 2000;
const MAX_REPORTED_LINES = 100;
const UPLOAD_TIMEOUT_MS = 60 * 60 * 1000;

class DuplicateContent extends Error {
  constructor(readonly sha256: string) {
    super("identical content is already stored");
  }
}

/**
 * Stores an uploaded dataset. The body is first received into a temporary file (spoolUpload: size
 * limit, raw SHA-256, UTF-8 check, idle timeout), holding no database connection while the client
 * sends; only then are the rows parsed from that file and inserted in batches, in one transaction. A
 * malformed row (unless onInvalid=skip), a body over the limit, a client that disconnects or stalls, or
 * a server that stops leaves no dataset and no rows. Identical content (same canonical SHA-256)
 * returns the dataset already stored.
 */
export async function uploadDataset(
  actor: Actor,
  query: TUploadDatasetQuery,
  body: ReadableStream<Uint8Array> | null,
): Promise<UploadResult> {
  if (!body) throw missingBody();
  const prisma = await db();
  await checkReferences(query);
  const spooled = await spoolUpload(body, {
    maxBytes: env.PEDIGREE_MAX_UPLOAD_BYTES,
    idleTimeoutMs: env.PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS,
  }).catch((error: unknown) => {
    throw uploadProblem(error);
  });
  try {
    return await prisma.$transaction((tx) => store(tx, actor, query, spooled), {
      timeout: UPLOAD_TIMEOUT_MS,
      maxWait: UPLOAD_TIMEOUT_MS,
    });
  } catch (error) {
    if (error instanceof DuplicateContent) {
      // Identical content was stored before, or by an identical upload that committed first.
      const existing = await prisma.dataset.findUniqueOrThrow({
        where: { sha256: error.sha256 },
        include: uploadResultInclude,
      });
      return toUploadResult(existing, false);
    }
    throw error;
  } finally {
    await spooled.remove();
  }
}

function uploadProblem(error: unknown): unknown {
  if (error instanceof PayloadTooLargeError)
    return new TooLargeError(`Uploads are limited to ${error.limit} bytes (PEDIGREE_MAX_UPLOAD_BYTES).`);
  if (error instanceof UploadInterruptedError)
    return new MalformedError("The upload was interrupted before it was complete; nothing was stored.");
  if (error instanceof UploadIdleError) {
    return new TimedOutError(
      `The client sent nothing for ${error.timeoutMs} ms (PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS); nothing was stored.`,
    );
  }
  if (error instanceof InvalidUtf8Error) {
    return InvalidError.fields(
      [
        {
          field: `line ${error.line}`,
          location: "line",
          line: error.line,
          message: `not valid UTF-8 at byte offset ${error.offset} of the file`,
        },
      ],
      `The file is not valid UTF-8: line ${error.line}, byte offset ${error.offset}. Nothing was stored.`,
    );
  }
  return error;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function checkReferences(query: TUploadDatasetQuery): Promise<void> {
  const prisma = await db();
  const errors: FieldError[] = [];
  if (query.generationId) {
    const generation = await prisma.generation.findUnique({
      where: { id: query.generationId },
      select: { datasetId: true },
    });
    if (!generation)
      errors.push({
        field: "generationId",
        location: "query",
        message: `no generation with id '${query.generationId}'`,
      });
    else if (generation.datasetId)
      errors.push({ field: "generationId", location: "query", message: "this generation already has its dataset" });
  }
  if (
    query.filteredFromId &&
    !(await prisma.dataset.findUnique({ where: { id: query.filteredFromId }, select: { id: true } }))
  ) {
    errors.push({
      field: "filteredFromId",
      location: "query",
      message: `no dataset with id '${query.filteredFromId}'`,
    });
  }
  if (errors.length > 0) throw InvalidError.fields(errors);
}

async function store(tx: Tx, actor: Actor, query: TUploadDatasetQuery, spooled: SpooledUpload): Promise<UploadResult> {
  // A placeholder identity until the content's hash is known at the end of the stream.
  const dataset = await tx.dataset.create({
    data: {
      name: query.name,
      description: query.description,
      format: query.format,
      sha256: randomBytes(32).toString("hex"),
      recordCount: 0,
      byteSize: 0,
      createdById: actor.userId,
    },
  });
  const hasher = new CanonicalHasher();
  const lines = new OrdinalLines();
  const skippedLines: SkippedLine[] = [];
  let skipped = 0;
  let batch: DatasetRecordInput[] = [];
  let stored = 0;
  const file = createReadStream(spooled.file);
  const rows = query.format === "jsonl" ? jsonlRows(file) : csvRows(file);
  for await (const row of rows) {
    if ("error" in row) {
      skipped += 1;
      if (skippedLines.length < MAX_REPORTED_LINES) skippedLines.push({ line: row.line, message: row.error });
      else if (query.onInvalid === "fail") break;
      continue;
    }
    if (query.onInvalid === "fail" && skipped > 0) continue; // still reading, only to report more bad lines
    lines.add(hasher.recordCount, row.line);
    hasher.add(row.record);
    batch.push(row.record);
    if (batch.length === BATCH_SIZE) {
      await insertRecordBatch(tx, dataset.id, stored, batch);
      stored += batch.length;
      batch = [];
    }
  }
  if (query.onInvalid === "fail" && skipped > 0) {
    throw new InvalidError(
      `${skipped > MAX_REPORTED_LINES ? `More than ${MAX_REPORTED_LINES}` : skipped} malformed row(s); nothing was stored. Fix them, or upload with onInvalid=skip.`,
      {
        errors: skippedLines.map((line) => ({
          field: `line ${line.line}`,
          location: "line",
          line: line.line,
          message: line.message,
        })),
      },
    );
  }
  await insertRecordBatch(tx, dataset.id, stored, batch);
  if (hasher.recordCount === 0)
    throw InvalidError.fields([{ field: "body", location: "body", message: "the file holds no valid record" }]);
  // Before anything else is decided: a claim to be filtered from a dataset is refused if it is not true,
  // also when identical content is stored already.
  const filteredFrom = query.filteredFromId
    ? await tx.dataset.findUniqueOrThrow({
        where: { id: query.filteredFromId },
        select: { id: true, name: true, recordCount: true },
      })
    : null;
  if (filteredFrom) await checkFilteredSubset(tx, dataset.id, filteredFrom, (ordinal) => lines.lineOf(ordinal));

  const sha256 = hasher.digest();
  if (await tx.dataset.findUnique({ where: { sha256 }, select: { id: true } })) throw new DuplicateContent(sha256);
  const finished = await tx.dataset
    .update({
      where: { id: dataset.id },
      data: {
        sha256,
        rawSha256: spooled.rawSha256,
        recordCount: hasher.recordCount,
        byteSize: spooled.bytes,
        skippedCount: skipped,
        skippedLines: skippedLines.length > 0 ? toJsonColumn(skippedLines) : undefined,
        filteredFromId: query.filteredFromId,
        filterDescription: query.filterDescription,
        // A sub-multiset of the raw dataset (checked above): the difference is what the filter removed.
        rejectedCount: filteredFrom ? filteredFrom.recordCount - hasher.recordCount : undefined,
      },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new DuplicateContent(sha256) : error;
    });
  if (query.generationId)
    await tx.generation.update({ where: { id: query.generationId }, data: { datasetId: dataset.id } });
  const result = toUploadResult(
    { ...finished, filteredFrom, generation: query.generationId ? { id: query.generationId } : null },
    true,
  );
  return recordAuditedEntity(tx, actor, result, {
    action: "dataset.upload",
    entityType: "dataset",
    entityId: dataset.id,
  });
}
