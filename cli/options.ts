import { InvalidArgumentError, type Command } from "commander";

// Option value parsers for commander: a bad value is a usage error (exit 2) naming the option.

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function integer(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError("must be an integer.");
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new InvalidArgumentError("is too large.");
  return parsed;
}

export function positiveInteger(value: string): number {
  const parsed = integer(value);
  if (parsed < 1) throw new InvalidArgumentError("must be 1 or more.");
  return parsed;
}

/** What a command that lists a page is given: how many, and where the previous page ended. */
export interface PageOptions {
  limit: number;
  cursor?: string;
}

/** Adds --limit and --cursor to a command that lists a page, after its own filters. */
export function addPageOptions(command: Command): Command {
  return command
    .option("--limit <n>", "how many (at most 200)", positiveInteger, 50)
    .option("--cursor <cursor>", "the next page: nextCursor of the previous one");
}

export function nonNegativeInteger(value: string): number {
  const parsed = integer(value);
  if (parsed < 0) throw new InvalidArgumentError("must be 0 or more.");
  return parsed;
}

export function finiteNumber(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new InvalidArgumentError("must be a number.");
  return parsed;
}

/** key=value, the value read as JSON when it is JSON (numbers, true, null...), else as a string. */
export function keyValue(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const at = value.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError("must be key=value.");
  const raw = value.slice(at + 1);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return { ...previous, [value.slice(0, at)]: parsed };
}

export function isoTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError("must be a date and time, e.g. 2025-05-12T09:00:00Z.");
  return date.toISOString();
}
