import "server-only";
import { driverCause } from "@/lib/db/driver-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiProblem } from "./problem";

// Database errors that are the caller's fault, turned into problems. Anything else is a 500. (A lineage
// cycle, refused by the database too, is the lineage feature's: lib/lineage/lineage-cycle-error.ts.)
// A NUL character in text (22021) or in jsonb (22P05): requests are checked for them first (withApi), so
// this is the safety net for text that reached the database another way.
const NUL_CHARACTER_SQLSTATES = ["22021", "22P05"];

export function mapDatabaseError(error: unknown): ApiProblem | undefined {
  const cause = driverCause(error);
  const code = cause?.originalCode ?? cause?.code;
  const message = `${cause?.originalMessage ?? ""} ${String((error as Error | null | undefined)?.message)}`;
  if (
    (code && NUL_CHARACTER_SQLSTATES.includes(code)) ||
    /invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence/.test(message)
  ) {
    return new ApiProblem(400, "The request holds a NUL character (\\u0000), which cannot be stored; remove it.");
  }
  if (code === "57014" || /canceling statement due to statement timeout/.test(message)) {
    return new ApiProblem(
      503,
      "The database took longer than PEDIGREE_DB_STATEMENT_TIMEOUT_MS to answer; try again, or narrow the request.",
    );
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") {
      const target = (error.meta?.target as string[] | string | undefined) ?? cause?.detail;
      return new ApiProblem(
        409,
        `A record with the same ${Array.isArray(target) ? target.join(", ") : (target ?? "key")} already exists.`,
      );
    }
    if (error.code === "P2025") return new ApiProblem(404, "The record does not exist.");
    if (error.code === "P2003")
      return new ApiProblem(
        409,
        "The record is referenced by, or refers to, another record that prevents this change.",
      );
  }
  return undefined;
}
