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

/** One line (without its line ending) parsed on its own, so that one bad line spoils no other; null if it is blank. */
function parseJsonLine(text: string, line: number): JsonLine | null {
  if (text.trim() === "") return null;
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    return { line, error: `not valid JSON (${(error as Error).message})` };
  }
}

/** The non-blank lines of a JSON Lines stream, one at a time. */
export async function* jsonLines(input: AsyncIterable<Buffer>): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const texts of lineBatches(input)) {
    for (const text of texts) {
      line += 1;
      const parsed = parseJsonLine(text, line);
      if (parsed) yield parsed;
    }
  }
}

/** A line of a JSON Lines dataset (without its line ending) as a row, or null if it is blank. */
export function parseJsonlRow(text: string, line: number): ParsedRow | null {
  const parsed = parseJsonLine(text, line);
  if (!parsed || "error" in parsed) return parsed;
  const row = normalizeRecord(parsed.value);
  return row.ok ? { line, record: row.record } : { line, error: row.message };
}
