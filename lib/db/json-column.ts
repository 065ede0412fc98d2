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
