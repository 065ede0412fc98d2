// How the registration forms turn their inputs' text into the values the API's schemas check.

/** Trimmed text, or undefined for an empty input (an optional field left out of the body). */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** "1.5" to 1.5, "" to undefined; anything else is passed on as text for the schema to refuse ("must be a number"). */
export function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** The first message of each field path, from a zod error's issues. */
export function issuesOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}
