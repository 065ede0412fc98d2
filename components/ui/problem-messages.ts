// Splits a failed mutation's error into messages beside fields and one for the whole form.
import { ProblemError } from "@/lib/http/problem-client";

export interface ProblemMessages {
  /** Message per field the form shows, e.g. { email: "already registered" }. */
  fields: Record<string, string>;
  /** What belongs to no field the form shows (a 409's detail, a network failure), or null. */
  form: string | null;
}

export function problemMessages(error: unknown, formFields: readonly string[]): ProblemMessages {
  if (!error) return { fields: {}, form: null };
  if (!(error instanceof ProblemError))
    return { fields: {}, form: error instanceof Error ? error.message : "Something went wrong." };
  const all = error.fieldErrors();
  const fields: Record<string, string> = {};
  for (const field of formFields) if (all[field]) fields[field] = all[field];
  const shownBesideFields = Object.keys(fields).length > 0;
  const unplaced = Object.entries(all).filter(([field]) => !formFields.includes(field));
  if (unplaced.length > 0)
    return { fields, form: unplaced.map(([field, message]) => `${field}: ${message}`).join("; ") };
  return { fields, form: shownBesideFields ? null : error.message };
}
