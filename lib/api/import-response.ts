import "server-only";
import { created } from "@/lib/api/with-api";
import type { ImportOutcome } from "@/lib/imports/run-import";

/**
 * An import's answer: 201 with what was stored (and its Location, for one measurement); for a dry run 200
 * with the same body, `dryRun: true` and the summary of what would be stored.
 */
export function importResponse<T extends object>(
  outcome: ImportOutcome<T>,
  location?: (result: T) => string,
): Response {
  if (outcome.dryRun) return Response.json({ ...outcome.result, dryRun: true, summary: outcome.summary });
  return created(outcome.result, location?.(outcome.result));
}
