import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { recordAuditEventSql } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { connection, db } from "@/lib/db";
import { newId } from "@/lib/db/new-id";
import type { TxExecutor } from "@/lib/db/sql-executor";
import { env } from "@/lib/env";
import {
  InvalidError,
  MalformedError,
  TimedOutError,
  TooLargeError,
  type FieldError,
} from "@/lib/errors/domain-errors";
import { checkFilteredSubset } from "./check-filtered-subset";
import type { TUploadDatasetQuery, UploadResult } from "./dataset.types";
import { MAX_REPORTED_LINES, RecordsCopyEncoder } from "./records-copy-encoder";
import { jsonlCopyChunks, parsedRowCopyChunks } from "./upload-copy-chunks";
import { attachRecordsTable, createRecordsTable, lockDatasetsForAttach } from "./records-partition";
import { enqueueSearchIndex } from "./search-index/enqueue-search-index";
import { wakeSearchIndexWorker } from "./search-index/search-index-worker";
import { PayloadTooLargeError, UploadInterruptedError } from "./parsing/byte-meter";
import { csvRowBatches } from "./parsing/csv-rows";
import { UploadIdleError } from "./parsing/upload-idle-error";
import { InvalidUtf8Error } from "./parsing/utf8-check";
import { spoolUpload, type SpooledUpload } from "./spool-upload";
import { toUploadResult, uploadResultInclude } from "./upload-result";
import { toJsonColumn } from "@/lib/db/json-column";
import { missingBody } from "@/lib/http/missing-body";

class DuplicateContent extends Error {
  constructor(readonly sha256: string) {
    super("identical content is already stored");
  }
}

/**
 * Stores an uploaded dataset. The body is first received into a temporary file (spoolUpload: size
 * limit, raw SHA-256, UTF-8 check, idle timeout), holding no database connection while the client
 * sends. Only then, in one transaction (store), are its rows read, checked, hashed and encoded in one
 * pass that feeds COPY as it goes (records-copy-encoder.ts; a plain JSON line's strings are copied as
 * bytes, without parsing: plain-pair-line.ts): Node reads the next rows while PostgreSQL loads the last. A
 * malformed row (unless onInvalid=skip), a body over the limit, a client that disconnects or stalls, or
 * a server that stops leaves no dataset and no rows. Identical content (same canonical SHA-256) returns
 * the dataset already stored.
 */
export async function uploadDataset(
  actor: Actor,
  query: TUploadDatasetQuery,
  body: ReadableStream<Uint8Array> | null,
): Promise<UploadResult> {
  if (!body) throw missingBody();
  const prisma = await db();
  await checkReferences(query);
  const datasetId = newId();
  const spooled = await spoolUpload(body, {
    maxBytes: env.PEDIGREE_MAX_UPLOAD_BYTES,
    idleTimeoutMs: env.PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS,
  }).catch((error: unknown) => {
    throw uploadProblem(error);
  });
  try {
    const result = await (await connection()).inTransaction((tx) => store(tx, actor, query, { datasetId, spooled }));
    wakeSearchIndexWorker();
    return result;
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

/** node-postgres and PGlite both report the SQLSTATE and the constraint. */
function violatesUniqueSha256(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && constraint === "datasets_sha256_key";
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

// dataset_id is the partition table's default (records-partition.ts): not sent with each row.
const RECORD_COLUMNS = ["ordinal", "prompt", "completion", "metadata"];
const READ_CHUNK_BYTES = 1 << 20;

/** Refuses an upload with bad rows (unless onInvalid=skip) or none at all, before the database is touched. */
function checkRows(query: TUploadDatasetQuery, { recordCount, skipped, skippedLines }: RecordsCopyEncoder): void {
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
  if (recordCount === 0)
    throw InvalidError.fields([{ field: "body", location: "body", message: "the file holds no valid record" }]);
}

/**
 * Stores the dataset in one raw transaction (so that COPY can load its rows): the spooled body is
 * parsed into COPY text as COPY reads it, into a fresh table with no index, which becomes the dataset's
 * partition of dataset_records (records-partition.ts); its search index is built after commit by the
 * background job enqueued here. A refusal (bad rows, a false claim) rolls it all back.
 */
async function store(
  db: TxExecutor,
  actor: Actor,
  query: TUploadDatasetQuery,
  { datasetId, spooled }: { datasetId: string; spooled: SpooledUpload },
): Promise<UploadResult> {
  const read = new RecordsCopyEncoder(query.onInvalid);
  const body = createReadStream(spooled.file, { highWaterMark: READ_CHUNK_BYTES });
  const chunks =
    query.format === "jsonl" ? jsonlCopyChunks(body, read) : parsedRowCopyChunks(csvRowBatches(body), read);
  const table = await createRecordsTable(db, datasetId);
  await db.copyFrom(table, RECORD_COLUMNS, chunks);
  checkRows(query, read);
  const { hasher, skipped, skippedLines } = read;
  // Identical content stored already, with no claim to check: nothing more to do.
  if (
    !query.filteredFromId &&
    (await db.query("SELECT 1 FROM datasets WHERE sha256 = $1", [hasher.digest()])).length > 0
  )
    throw new DuplicateContent(hasher.digest());

  // From here to commit, dataset writers take turns (see records-partition.ts); the rows are loaded already.
  await lockDatasetsForAttach(db);
  // A placeholder identity until the claims below are checked.
  await db.query(
    `INSERT INTO datasets (id, name, description, format, sha256, record_count, byte_size, created_by_id, updated_at)
     VALUES ($1, $2, $3, $4::"DatasetFormat", $5, 0, 0, $6, CURRENT_TIMESTAMP)`,
    [datasetId, query.name, query.description ?? null, query.format, randomBytes(32).toString("hex"), actor.userId],
  );
  await attachRecordsTable(db, datasetId);
  // Before anything else is decided: a claim to be filtered from a dataset is refused if it is not true,
  // also when identical content is stored already.
  const [filteredFrom = null] = query.filteredFromId
    ? await db.query<{ id: string; name: string; recordCount: number }>(
        `SELECT id, name, record_count AS "recordCount" FROM datasets WHERE id = $1`,
        [query.filteredFromId],
      )
    : [];
  if (query.filteredFromId && !filteredFrom)
    throw InvalidError.fields([
      { field: "filteredFromId", location: "query", message: `no dataset with id '${query.filteredFromId}'` },
    ]);
  if (filteredFrom) await checkFilteredSubset(db, datasetId, filteredFrom, (ordinal) => read.lines.lineOf(ordinal));

  const sha256 = hasher.digest();
  if ((await db.query("SELECT 1 FROM datasets WHERE sha256 = $1", [sha256])).length > 0)
    throw new DuplicateContent(sha256);
  const skippedJson = skippedLines.length > 0 ? JSON.stringify(toJsonColumn(skippedLines)) : null;
  // A sub-multiset of the raw dataset (checked above): the difference is what the filter removed.
  const rejectedCount = filteredFrom ? filteredFrom.recordCount - hasher.recordCount : null;
  // A unique violation here: an identical upload committed after the check above.
  await db
    .query(
      `UPDATE datasets SET sha256 = $2, raw_sha256 = $3, record_count = $4, byte_size = $5, skipped_count = $6,
            skipped_lines = $7::jsonb, filtered_from_id = $8, filter_description = $9, rejected_count = $10
      WHERE id = $1`,
      [
        datasetId,
        sha256,
        spooled.rawSha256,
        hasher.recordCount,
        spooled.bytes,
        skipped,
        skippedJson,
        query.filteredFromId ?? null,
        query.filterDescription ?? null,
        rejectedCount,
      ],
    )
    .catch((error: unknown) => {
      throw violatesUniqueSha256(error) ? new DuplicateContent(sha256) : error;
    });
  if (query.generationId)
    await db.query(`UPDATE generations SET dataset_id = $1, updated_at = CURRENT_TIMESTAMP WHERE id = $2`, [
      datasetId,
      query.generationId,
    ]);
  await enqueueSearchIndex(db, datasetId);
  const result = toUploadResult(
    {
      id: datasetId,
      name: query.name,
      sha256,
      rawSha256: spooled.rawSha256,
      recordCount: hasher.recordCount,
      byteSize: BigInt(spooled.bytes),
      format: query.format,
      skippedCount: skipped,
      skippedLines: skippedJson === null ? null : JSON.parse(skippedJson),
      filteredFromId: query.filteredFromId ?? null,
      rejectedCount,
      filteredFrom,
      generation: query.generationId ? { id: query.generationId } : null,
      searchIndexedAt: null,
    },
    true,
  );
  await recordAuditEventSql(db, actor, {
    action: "dataset.upload",
    entityType: "dataset",
    entityId: datasetId,
    after: result,
  });
  return result;
}
