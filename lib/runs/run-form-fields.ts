// Where a problem's field path ("datasetIds.0", "student.name") is shown in the run forms.

/** The inputs of the register-a-run form that can carry a message of their own. */
const RUN_FORM_FIELDS = [
  "datasetIds",
  "initializedFromId",
  "student",
  "student.id",
  "student.name",
  "student.provider",
  "student.externalId",
  "student.version",
  "student.tags",
  "teacherIds",
  "method",
  "hyperparameters",
  "seed",
  "externalJobId",
  "status",
  "startedAt",
  "finishedAt",
] as const;
export type RunFormField = (typeof RUN_FORM_FIELDS)[number];

/** The inputs of the run page's status form. */
const RUN_UPDATE_FIELDS = ["status", "startedAt", "finishedAt"] as const;
export type RunUpdateField = (typeof RUN_UPDATE_FIELDS)[number];

const isRunFormField = (path: string): path is RunFormField => (RUN_FORM_FIELDS as readonly string[]).includes(path);

/**
 * The form input a field path belongs to, by its longest known prefix: list items ("datasetIds.3")
 * and nested values ("hyperparameters.lr") belong to their list; student fields the form has no
 * input for (description, checkpointUri) to the student as a whole. Null when no input fits.
 */
export function runFormFieldOf(path: string): RunFormField | null {
  const parts = path.split(".");
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join(".");
    if (isRunFormField(prefix)) return prefix;
  }
  return null;
}

export function runUpdateFieldOf(path: string): RunUpdateField | null {
  return (RUN_UPDATE_FIELDS as readonly string[]).includes(path) ? (path as RunUpdateField) : null;
}

export interface PlacedErrors<F extends string> {
  /** The first message for each input. */
  fields: Partial<Record<F, string>>;
  /** Messages no input can show, as "field: message", for a banner. */
  unplaced: string[];
}

/** Sorts a problem's `errors` into messages beside inputs and the rest. */
export function placeFieldErrors<F extends string>(
  errors: readonly { field: string; message: string }[],
  fieldOf: (path: string) => F | null,
): PlacedErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const error of errors) {
    const field = fieldOf(error.field);
    if (field === null) unplaced.push(`${error.field}: ${humaniseFieldMessage(error.message)}`);
    else fields[field] ??= humaniseFieldMessage(error.message);
  }
  return { fields, unplaced };
}

const REWRITES: [RegExp, string][] = [
  [/^Too small: expected string to have >=1 characters?$/, "Required"],
  [/^is required$/, "Required"],
  [/startedAt/g, "the start time"],
  [/finishedAt/g, "the finish time"],
  [/initializedFromId/g, "the initialised-from model"],
];

/** Zod's and the API's wording, read beside an input: "Required", "Must not be before the start time". */
export function humaniseFieldMessage(message: string): string {
  let text = message.trim();
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
