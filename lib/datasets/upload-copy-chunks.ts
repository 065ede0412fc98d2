import { parseJsonlRow } from "./parsing/jsonl-rows";
import type { ParsedRow } from "./parsing/parsed-row";
import { matchPlainPair, type PlainPair } from "./parsing/plain-pair-line";
import type { RecordsCopyEncoder } from "./records-copy-encoder";

// An upload's records as COPY text, made as it is read (the reader's pace is the consumer's), in chunks
// of at least CHUNK_BYTES: reading, checking, hashing and encoding happen in this one pass
// (records-copy-encoder.ts).

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function addRow(encoder: RecordsCopyEncoder, row: ParsedRow): void {
  if ("error" in row) encoder.reject(row.line, row.error);
  else encoder.addRecord(row.line, row.record);
}

function addJsonlLine(
  encoder: RecordsCopyEncoder,
  line: number,
  bytes: Buffer,
  start: number,
  lineEnd: number,
  pair: PlainPair,
): void {
  const end = lineEnd > start && bytes[lineEnd - 1] === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
  if (matchPlainPair(bytes, start, end, pair)) {
    encoder.addPlainPair(line, bytes, start, end, pair);
    return;
  }
  const row = parseJsonlRow(bytes.toString("utf8", start, end), line);
  if (row) addRow(encoder, row);
}

/**
 * A JSON Lines upload (lines end in "\n" or "\r\n"; blank lines are skipped; line numbers count from
 * 1). Lines are found in the bytes: a plain prompt/completion line (plain-pair-line.ts) is encoded
 * without being decoded; any other is decoded and parsed on its own. The bytes must be valid UTF-8
 * (checked when the upload was received).
 */
export async function* jsonlCopyChunks(
  input: AsyncIterable<Buffer> | Iterable<Buffer>,
  encoder: RecordsCopyEncoder,
): AsyncGenerator<Buffer> {
  const pair: PlainPair = { promptStart: 0, promptEnd: 0, completionStart: 0, completionEnd: 0, canonical: false };
  let carried: Buffer[] = []; // the start of a line cut by the end of the chunks read so far
  let line = 0;
  for await (const chunk of input) {
    if (chunk.indexOf(NEWLINE) === -1) {
      carried.push(chunk);
      continue;
    }
    const bytes = carried.length > 0 ? Buffer.concat([...carried, chunk]) : chunk;
    let start = 0;
    for (let newline = bytes.indexOf(NEWLINE); newline !== -1; newline = bytes.indexOf(NEWLINE, start)) {
      line += 1;
      addJsonlLine(encoder, line, bytes, start, newline, pair);
      start = newline + 1;
    }
    carried = start < bytes.length ? [bytes.subarray(start)] : [];
    if (encoder.finished) return;
    if (encoder.pendingBytes >= CHUNK_BYTES) {
      const copy = encoder.take();
      if (copy) yield copy;
    }
  }
  if (carried.length > 0) {
    const bytes = Buffer.concat(carried);
    addJsonlLine(encoder, line + 1, bytes, 0, bytes.length, pair);
  }
  const copy = encoder.take();
  if (copy) yield copy;
}

/**
 * Reads a JSON Lines dataset through the upload's own encoder and keeps only what it found (hash,
 * record count, bad lines), dropping the COPY text: the CLI checks a file's identity this way, exactly
 * as an upload of it would compute it.
 */
export async function hashJsonlDataset(
  input: AsyncIterable<Buffer> | Iterable<Buffer>,
  encoder: RecordsCopyEncoder,
): Promise<void> {
  const chunks = jsonlCopyChunks(input, encoder);
  while (!(await chunks.next()).done);
}

/** Rows parsed already (CSV: csv-rows.ts), in batches. */
export async function* parsedRowCopyChunks(
  batches: AsyncIterable<ParsedRow[]>,
  encoder: RecordsCopyEncoder,
): AsyncGenerator<Buffer> {
  for await (const rows of batches) {
    for (const row of rows) addRow(encoder, row);
    if (encoder.finished) return;
    if (encoder.pendingBytes >= CHUNK_BYTES) {
      const copy = encoder.take();
      if (copy) yield copy;
    }
  }
  const copy = encoder.take();
  if (copy) yield copy;
}
