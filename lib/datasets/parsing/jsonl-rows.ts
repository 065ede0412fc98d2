import { StringDecoder } from "node:string_decoder";
import { normalizeRecord } from "./normalize-record";
import type { ParsedRow } from "./parsed-row";

/**
 * The lines of a byte stream ("\n" or "\r\n"), decoded as UTF-8, a batch per chunk read (a line cut
 * by the chunk's end waits for the next): one step of the stream per chunk, not per line. A stream
 * error is rethrown to the reader.
 */
async function* lineBatches(input: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += decoder.write(chunk);
    const batch: string[] = [];
    let newline = pending.indexOf("\n");
    let start = 0;
    while (newline !== -1) {
      batch.push(pending.slice(start, newline > start && pending[newline - 1] === "\r" ? newline - 1 : newline));
      start = newline + 1;
      newline = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
    if (batch.length > 0) yield batch;
  }
  pending += decoder.end();
  if (pending !== "") yield [pending.endsWith("\r") ? pending.slice(0, -1) : pending];
}

/** A non-blank line of a JSON Lines stream: its parsed value, or why it is not JSON (line numbers count from 1). */
type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** The non-blank lines of a JSON Lines stream, a batch per chunk read, each line parsed on its own so that one bad line spoils no other. */
async function* jsonLineBatches(input: AsyncIterable<Buffer>): AsyncGenerator<JsonLine[]> {
  let line = 0;
  for await (const texts of lineBatches(input)) {
    const batch: JsonLine[] = [];
    for (const text of texts) {
      line += 1;
      if (text.trim() === "") continue;
      try {
        batch.push({ line, value: JSON.parse(text) });
      } catch (error) {
        batch.push({ line, error: `not valid JSON (${(error as Error).message})` });
      }
    }
    yield batch;
  }
}

/** The non-blank lines of a JSON Lines stream, one at a time. */
export async function* jsonLines(input: AsyncIterable<Buffer>): AsyncGenerator<JsonLine> {
  for await (const batch of jsonLineBatches(input)) yield* batch;
}

/** Rows of a JSON Lines stream, a batch per chunk read (blank lines are skipped; line numbers count from 1). */
export async function* jsonlRowBatches(input: AsyncIterable<Buffer>): AsyncGenerator<ParsedRow[]> {
  for await (const parsed of jsonLineBatches(input)) {
    yield parsed.map((item): ParsedRow => {
      if ("error" in item) return item;
      const row = normalizeRecord(item.value);
      return row.ok ? { line: item.line, record: row.record } : { line: item.line, error: row.message };
    });
  }
}
