import { randomBytes } from "node:crypto";

/**
 * An id of the shape Prisma's cuid() gives (25 characters, a lowercase "c" then base 36, time first so
 * that ids sort roughly by creation), for rows written by raw SQL.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = [...randomBytes(15)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${time}${random}`;
}
