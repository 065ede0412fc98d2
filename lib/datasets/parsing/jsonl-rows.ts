import { StringDecoder } from "node:string_decoder";
import { normalizeRecord } from "./normalize-record";
import type { ParsedRow } from "./parsed-row";

/** Lines of a byte stream ("\n" or "\r\n"), decoded as UTF-8; a stream error is rethrown to the reader. */
async function* lines(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += decoder.write(chunk);
    let newline = pending.indexOf("\n");
    let start = 0;
    while (newline !== -1) {
      yield pending.slice(start, newline > start && pending[newline - 1] === "\r" ? newline - 1 : newline);
      start = newline + 1;
      newline = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== "") yield pending.endsWith("\r") ? pending.slice(0, -1) : pending;
}

/** A non-blank line of a JSON Lines stream: its parsed value, or why it is not JSON (line numbers count from 1). */
type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** The non-blank lines of a JSON Lines stream, each parsed on its own so that one bad line spoils no other. */
export async function* jsonLines(input: AsyncIterable<Buffer>): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const text of lines(input)) {
    line += 1;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    yield { line, value };
  }
}

/** Rows of a JSON Lines stream, one at a time (blank lines are skipped; line numbers count from 1). */
export async function* jsonlRows(input: AsyncIterable<Buffer>): AsyncGenerator<ParsedRow> {
  for await (const parsed of jsonLines(input)) {
    if ("error" in parsed) {
      yield parsed;
      continue;
    }
    const row = normalizeRecord(parsed.value);
    yield row.ok ? { line: parsed.line, record: row.record } : { line: parsed.line, error: row.message };
  }
}
