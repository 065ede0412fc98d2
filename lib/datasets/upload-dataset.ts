import "server-only";
import { randomBytes } from "node:crypto";
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
import { attachRecordsTable, lockDatasetsForAttach } from "./records-partition";
import { enqueueSearchIndex } from "./search-index/enqueue-search-index";
import { wakeSearchIndexWorker } from "./search-index/search-index-worker";
import { bodyChunks } from "./parsing/body-chunks";
import { ByteMeter, PayloadTooLargeError, UploadInterruptedError } from "./parsing/byte-meter";
import { csvRowBatches } from "./parsing/csv-rows";
import { UploadIdleError } from "./parsing/upload-idle-error";
import { InvalidUtf8Error } from "./parsing/utf8-check";
import { HEARTBEAT_MS, StagedRecords, dropAbandonedUploads } from "./staged-records";
import { toUploadResult, uploadResultInclude } from "./upload-result";
import { toJsonColumn } from "@/lib/db/json-column";
import { missingBody } from "@/lib/http/missing-body";

class DuplicateContent extends Error {
  constructor(readonly sha256: string) {
    super("identical content is already stored");
  }
}

/**
 * Stores an uploaded dataset. Its rows are read, checked, hashed and encoded as COPY text in one pass
 * while the body arrives (records-copy-encoder.ts; a plain JSON line's strings are copied as bytes,
 * without parsing: plain-pair-line.ts), and loaded batch by batch into the dataset's records table,
 * unattached, each batch in a short transaction of its own (staged-records.ts): Node reads the next
 * rows while PostgreSQL loads the last, and no transaction waits on the client. Then one transaction
 * (store) checks the claims, creates the dataset and attaches its rows. A malformed row (unless
 * onInvalid=skip), a body over the limit or not UTF-8, a client that disconnects or stalls, or a
 * refusal leaves no dataset and no rows (the table is dropped; a server that dies mid-upload leaves it
 * to the next upload to drop). Identical content (same canonical SHA-256) returns the dataset already
 * stored.
 */
export async function uploadDataset(
  actor: Actor,
  query: TUploadDatasetQuery,
  body: ReadableStream<Uint8Array> | null,
): Promise<UploadResult> {
  if (!body) throw missingBody();
  const prisma = await db();
  await checkReferences(query);
  await dropAbandonedUploads();
  const staged = await StagedRecords.create(newId());
  const meter = new ByteMeter(env.PEDIGREE_MAX_UPLOAD_BYTES);
  const encoder = new RecordsCopyEncoder(query.onInvalid);
  let attached = false;
  try {
    const bytes = bodyChunks(body, meter, env.PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS);
    await loadWhileReceiving(
      staged,
      query.format === "jsonl" ? jsonlCopyChunks(bytes, encoder) : parsedRowCopyChunks(csvRowBatches(bytes), encoder),
    );
    checkRows(query, encoder);
    const raw = { bytes: meter.bytes, sha256: meter.digest() };
    const result = await (await connection()).inTransaction((tx) => store(tx, actor, query, { staged, encoder, raw }));
    attached = true;
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
    throw uploadProblem(error);
  } finally {
    if (!attached)
      await staged.drop().catch((error: unknown) => {
        // Left for dropAbandonedUploads; the upload's own answer says what went wrong.
        console.warn(`[pedigree] dropping the rows of an upload that was not stored: ${String(error)}`);
      });
  }
}

/**
 * Loads the COPY text as it is made, in batches of about PEDIGREE_UPLOAD_BATCH_BYTES, one batch loading
 * while the next is read. The upload's heartbeat is renewed by each batch and, while the body arrives,
 * every HEARTBEAT_MS, so that an upload whose lines are all skipped is not taken for abandoned.
 */
async function loadWhileReceiving(staged: StagedRecords, chunks: AsyncIterable<Buffer>): Promise<void> {
  const heartbeat = setInterval(() => {
    staged.renew().catch((error: unknown) => {
      console.warn(`[pedigree] renewing an upload's heartbeat: ${String(error)}`);
    });
  }, HEARTBEAT_MS);
  let batch: Buffer[] = [];
  let batchBytes = 0;
  let loading: Promise<void> = Promise.resolve();
  const send = async () => {
    await loading; // backpressure: reading waits while the database is behind by a whole batch
    const rows = batch;
    batch = [];
    batchBytes = 0;
    loading = staged.load(rows);
    loading.catch(() => undefined); // awaited at the next send or at the end; not unhandled meanwhile
  };
  try {
    for await (const copy of chunks) {
      batch.push(copy);
      batchBytes += copy.length;
      if (batchBytes >= env.PEDIGREE_UPLOAD_BATCH_BYTES) await send();
    }
    if (batch.length > 0) await send();
    await loading;
  } catch (error) {
    await loading.catch(() => undefined); // settled before the caller drops the table
    throw error;
  } finally {
    clearInterval(heartbeat);
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
 * Stores the dataset in one raw transaction: the rows are loaded already (staged-records.ts), and
 * their table becomes the dataset's partition of dataset_records (records-partition.ts); its search
 * index is built after commit by the background job enqueued here. A refusal (a false claim) rolls it
 * all back, and the caller drops the table.
 */
async function store(
  db: TxExecutor,
  actor: Actor,
  query: TUploadDatasetQuery,
  {
    staged,
    encoder,
    raw,
  }: { staged: StagedRecords; encoder: RecordsCopyEncoder; raw: { bytes: number; sha256: string } },
): Promise<UploadResult> {
  const { datasetId } = staged;
  await staged.finish(db);
  const { hasher, skipped, skippedLines } = encoder;
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
  if (filteredFrom) await checkFilteredSubset(db, datasetId, filteredFrom, (ordinal) => encoder.lines.lineOf(ordinal));

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
        raw.sha256,
        hasher.recordCount,
        raw.bytes,
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
      rawSha256: raw.sha256,
      recordCount: hasher.recordCount,
      byteSize: BigInt(raw.bytes),
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
