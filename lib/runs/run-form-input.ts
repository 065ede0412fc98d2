// The register-a-run form's state, turned into the body ZCreateRun (the API's own schema) checks.
import "@/lib/validation/zod-messages";
import { parseHyperparameterRows, type HyperparameterRow } from "./hyperparameter-rows";
import { localInputToIso } from "./local-datetime";
import { humaniseFieldMessage, placeFieldErrors, runFormFieldOf, type RunFormField } from "./run-form-fields";
import { ZCreateRun, type TCreateRun } from "./run.types";

export interface PickedRef {
  id: string;
  name: string;
}

export interface NewStudentFields {
  name: string;
  provider: string;
  externalId: string;
  version: string;
  /** Comma-separated. */
  tags: string;
}

export interface RunFormState {
  datasets: PickedRef[];
  initializedFrom: PickedRef | null;
  studentMode: "existing" | "new";
  existingStudent: PickedRef | null;
  newStudent: NewStudentFields;
  teachers: PickedRef[];
  method: string;
  hyperparameters: HyperparameterRow[];
  seed: string;
  externalJobId: string;
  status: string;
  /** datetime-local values. */
  startedAt: string;
  finishedAt: string;
}

export type RunFormValidation =
  | { ok: true; body: TCreateRun }
  | {
      ok: false;
      fields: Partial<Record<RunFormField, string>>;
      rows: ReturnType<typeof parseHyperparameterRows>["errors"];
      /** Messages no input can show. */
      form: string[];
    };

function finishesBeforeStart(start: unknown, finish: unknown): boolean {
  if (typeof start !== "string" || typeof finish !== "string") return false;
  const [from, to] = [Date.parse(start), Date.parse(finish)];
  return Number.isFinite(from) && Number.isFinite(to) && to < from;
}

const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** "1" to 1, "" to undefined; anything else is passed on as text for the schema to refuse. */
function seedValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ""),
    ),
  ];
}

/** The request body the form describes, before validation. Empty optional inputs are left out. */
function runFormBody(state: RunFormState, hyperparameters: Record<string, unknown>): Record<string, unknown> {
  const student =
    state.studentMode === "existing"
      ? { id: state.existingStudent?.id ?? "" }
      : {
          name: state.newStudent.name,
          provider: state.newStudent.provider,
          externalId: optional(state.newStudent.externalId),
          version: optional(state.newStudent.version),
          tags: splitTags(state.newStudent.tags),
        };
  return {
    datasetIds: state.datasets.map((dataset) => dataset.id),
    initializedFromId: state.initializedFrom?.id ?? "",
    student,
    teacherIds: state.teachers.map((teacher) => teacher.id),
    method: state.method,
    hyperparameters,
    seed: seedValue(state.seed),
    externalJobId: optional(state.externalJobId),
    status: state.status,
    startedAt: localInputToIso(state.startedAt),
    finishedAt: localInputToIso(state.finishedAt),
  };
}

const CHOICE_MESSAGES: Partial<Record<RunFormField, string>> = {
  initializedFromId: "Choose the model the student was initialised from",
  "student.id": "Choose the student model",
};

/** Checks the form with the API's schema; messages are keyed by the input they belong beside. */
export function validateRunForm(state: RunFormState): RunFormValidation {
  const rows = parseHyperparameterRows(state.hyperparameters);
  const body = runFormBody(state, rows.hyperparameters);
  const parsed = ZCreateRun.safeParse(body);
  const hasRowErrors = Object.keys(rows.errors).length > 0;
  if (parsed.success && !hasRowErrors) return { ok: true, body: parsed.data };
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
  const { fields, unplaced } = placeFieldErrors(issues, runFormFieldOf);
  // An empty id means nothing was picked: say so rather than quoting the string length.
  for (const [field, message] of Object.entries(CHOICE_MESSAGES) as [RunFormField, string][]) {
    if (fields[field] === "Required") fields[field] = message;
  }
  // The schema checks the order of the times only once every field is well typed; say it now.
  if (!fields.finishedAt && finishesBeforeStart(body.startedAt, body.finishedAt))
    fields.finishedAt = humaniseFieldMessage("must not be before startedAt");
  return { ok: false, fields, rows: rows.errors, form: unplaced };
}
