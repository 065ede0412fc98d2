import "server-only";
import { driverCause, sqlState } from "@/lib/db/driver-error";
import { ConflictError } from "@/lib/errors/domain-errors";
import { describeCycle } from "./describe-cycle";

// The database refuses a lineage cycle itself: a trigger on every write of a lineage edge raises SQLSTATE
// PG001, its detail the ids of the cycle ("a -> b -> a"). Any write may meet it (a model, a run, a
// generation), so the API's error handler asks this module about every error it does not know.
const LINEAGE_CYCLE_SQLSTATE = "PG001";

/** The ids of the cycle a database error refused ([] when it does not say), or undefined when it is not a lineage cycle. */
export function lineageCycleIds(error: unknown): string[] | undefined {
  if (
    sqlState(error) !== LINEAGE_CYCLE_SQLSTATE &&
    !/lineage cycle/.test(String((error as Error | undefined)?.message))
  )
    return undefined;
  const detail = driverCause(error)?.detail ?? "";
  return detail ? detail.split(" -> ") : [];
}

/** A refused lineage cycle as a ConflictError naming the models and datasets on it; undefined for any other error. */
export async function lineageCycleError(error: unknown): Promise<ConflictError | undefined> {
  const ids = lineageCycleIds(error);
  if (ids === undefined) return undefined;
  if (ids.length === 0)
    return new ConflictError("This link would make a model its own ancestor.", { cycle: undefined });
  const cycle = await describeCycle(ids);
  const path = cycle.map((node) => node.name).join(" → ");
  return new ConflictError(`This would make a model its own ancestor: ${path}.`, { cycle });
}
