// Where a problem's field path ("tags.2", "systemPromptSha256") is shown in the register-a-model form.

const MODEL_FORM_FIELDS = [
  "name",
  "version",
  "provider",
  "externalId",
  "description",
  "initializedFromId",
  "baseRelation",
  "systemPrompt",
  "checkpointUri",
  "checkpointSha256",
  "parameterCount",
  "tags",
] as const;
export type ModelFormField = (typeof MODEL_FORM_FIELDS)[number];

/** The prompt's hash is checked against the prompt: its message belongs beside the prompt. */
const ALIASES: Record<string, ModelFormField> = { systemPromptSha256: "systemPrompt" };

/** The input a field path belongs to: "tags.2" to tags; null when the form has no input for it. */
export function modelFormFieldOf(path: string): ModelFormField | null {
  const head = path.split(".")[0];
  if (head in ALIASES) return ALIASES[head];
  return (MODEL_FORM_FIELDS as readonly string[]).includes(head) ? (head as ModelFormField) : null;
}
