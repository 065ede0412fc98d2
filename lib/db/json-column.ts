import { z, type ZodType } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

/** JSON.stringify's replacer for the values Prisma's JSON columns cannot hold as they are: a BigInt as a number. */
function bigintAsNumber(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}

function fromParsed(value: unknown): Prisma.InputJsonValue | null {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map(fromParsed);
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromParsed(item)]));
  throw new TypeError(`not a JSON value: ${typeof value}`);
}

/**
 * A value as a Json column stores it, typed as Prisma's input: what JSON.stringify writes (Dates as
 * ISO strings, undefined members left out, a BigInt as a number), read back. Undefined and null give
 * undefined, which leaves the column as it is (NULL, or its default, on a create).
 */
export function toJsonColumn(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = fromParsed(JSON.parse(JSON.stringify(value, bigintAsNumber)));
  return parsed ?? undefined;
}

/** A Json column's value does not have the shape the code reads it as: the row is damaged, or was written by other code. */
export class JsonColumnError extends Error {
  override name = "JsonColumnError";
}

/** A JSON object with any members: what metadata, settings and hyperparameters columns hold. */
export const ZJsonObject = z.record(z.string(), z.unknown());

/**
 * A Json column's value, parsed with the schema of what it holds, so a malformed row fails here, naming
 * the column (`what`, e.g. "datasets.skipped_lines") and the bad members, rather than flowing on mistyped.
 */
export function readJsonColumn<T extends ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(value)"}: ${issue.message}`);
  throw new JsonColumnError(`${what} does not hold what it should: ${issues.slice(0, 5).join("; ")}`);
}

/**
 * A column holding a JSON object or null, checked by its type alone: for columns read row by row in bulk
 * (a dataset's records, millions at a time), where a schema parse per row costs twice the rest of the
 * row's work (0.65 µs a row). A value of another type fails as readJsonColumn does, naming the column.
 */
export function readJsonObjectColumn(value: unknown, what: string): Record<string, unknown> | null {
  if (value === null) return null;
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return readJsonColumn(ZJsonObject.nullable(), value, what);
}
