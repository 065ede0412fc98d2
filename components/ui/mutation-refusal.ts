import { ProblemError } from "@/lib/http/problem-client";

/**
 * A small form's failed mutation, split: messages beside the fields the problem names, and the error's own
 * message for the form when it names none (a 409, a network failure). Nothing while there is no error.
 */
export function mutationRefusal(error: Error | null): { fields: Record<string, string>; form: string | null } {
  const fields = error instanceof ProblemError ? error.fieldErrors() : {};
  const form = error && !(error instanceof ProblemError && error.problem.errors?.length) ? error.message : null;
  return { fields, form };
}
