// The run page's status form: only what the engineer changed is sent, checked with ZUpdateRun.
import "@/lib/validation/zod-messages";
import { localInputToIso } from "./local-datetime";
import { humaniseFieldMessage, placeFieldErrors, runUpdateFieldOf, type RunUpdateField } from "./run-form-fields";
import { ZUpdateRun, type TUpdateRun } from "./run.types";

export interface RunUpdateState {
  status: string;
  /** datetime-local values; null while untouched, so that a stored time's seconds are never rounded away. */
  startedAt: string | null;
  finishedAt: string | null;
}

export interface RunTimes {
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type RunUpdateValidation =
  { ok: true; body: TUpdateRun } | { ok: false; fields: Partial<Record<RunUpdateField, string>>; form: string[] };

/** The PATCH body: changed fields only; a cleared time is sent as null. Empty when nothing changed. */
function runUpdateBody(state: RunUpdateState, current: RunTimes): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (state.status !== current.status) body.status = state.status;
  for (const key of ["startedAt", "finishedAt"] as const) {
    const local = state[key];
    if (local === null) continue;
    const iso = localInputToIso(local) ?? null;
    const unchanged =
      iso === current[key] || (iso !== null && current[key] !== null && Date.parse(iso) === Date.parse(current[key]));
    if (!unchanged) body[key] = iso;
  }
  return body;
}

export function validateRunUpdate(state: RunUpdateState, current: RunTimes): RunUpdateValidation {
  const body = runUpdateBody(state, current);
  const parsed = ZUpdateRun.safeParse(body);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
  const { fields, unplaced } = placeFieldErrors(issues, runUpdateFieldOf);
  const start = "startedAt" in body ? body.startedAt : current.startedAt;
  const finish = "finishedAt" in body ? body.finishedAt : current.finishedAt;
  if (
    !fields.finishedAt &&
    typeof start === "string" &&
    typeof finish === "string" &&
    Date.parse(finish) < Date.parse(start)
  ) {
    fields.finishedAt = humaniseFieldMessage("must not be before startedAt");
  }
  if (parsed.success && Object.keys(fields).length === 0) return { ok: true, body: parsed.data };
  return {
    ok: false,
    fields,
    form: unplaced.map((message) => (message.startsWith("body: ") ? "Nothing has changed." : message)),
  };
}
