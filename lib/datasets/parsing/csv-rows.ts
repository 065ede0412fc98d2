import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { normalizeRecord } from "./normalize-record";
import type { ParsedRow } from "./parsed-row";

// CSV with a header row naming the columns (prompt,completion or question,response; other columns
// become metadata). Parsed by csv-parse, which streams, handles quoted fields with newlines and
// reports the line each record ends on.
async function* csvRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<ParsedRow> {
  const input = bytes instanceof Readable ? bytes : Readable.from(bytes);
  const parser = input.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: true }),
  );
  input.on("error", (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const row = normalizeRecord(record);
      yield row.ok ? { line: info.lines, record: row.record } : { line: info.lines, error: row.message };
    }
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (csvError.code?.startsWith("CSV_")) {
      yield { line: csvError.lines ?? 0, error: csvError.message.replace(/^Invalid Record Length: /, "") };
      return;
    }
    throw error;
  }
}

const CSV_BATCH_ROWS = 1000;

/** Rows of a CSV stream in batches, as the upload reads every format. */
export async function* csvRowBatches(bytes: AsyncIterable<Buffer>): AsyncGenerator<ParsedRow[]> {
  let batch: ParsedRow[] = [];
  for await (const row of csvRows(bytes)) {
    batch.push(row);
    if (batch.length < CSV_BATCH_ROWS) continue;
    yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}
