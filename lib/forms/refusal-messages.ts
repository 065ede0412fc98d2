// What a refused registration says in a form: the problem's field errors beside their inputs, the rest
// in one banner sentence.
import { ProblemError, type ProblemDocument } from "@/lib/http/problem-client";
import { placeFieldErrors } from "@/lib/runs/run-form-fields";

export interface RefusalMessages<F extends string> {
  fields: Partial<Record<F, string>>;
  /** For the banner above the form; null when the fields say everything. */
  banner: string | null;
}

/**
 * Sorts a failed request's problem into messages beside inputs and a banner. `conflict` places a 409's
 * extension members (conflictingFields, existingId) that have no `errors` entry beside an input.
 */
export function refusalMessages<F extends string>(
  error: unknown,
  fieldOf: (path: string) => F | null,
  what: string,
  conflict?: (problem: ProblemDocument) => Partial<Record<F, string>>,
): RefusalMessages<F> {
  if (!(error instanceof ProblemError))
    return { fields: {}, banner: error instanceof Error ? error.message : "Something went wrong." };
  const placed = placeFieldErrors(error.problem.errors ?? [], fieldOf);
  const fields = { ...(error.status === 409 && conflict ? conflict(error.problem) : {}), ...placed.fields };
  const besideFields = Object.keys(fields).length > 0;
  const banner =
    placed.unplaced.length > 0
      ? placed.unplaced.join("; ")
      : besideFields
        ? `${what} was not registered: see the messages beside the fields.`
        : (error.problem.detail ?? error.message);
  return { fields, banner };
}
