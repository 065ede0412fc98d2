import { ConnectionError, ProblemError, UsageError } from "../errors";

// What a failed command prints on stderr: the server's problem document in words, never a stack.

export function renderProblem(error: ProblemError): string {
  const { problem } = error;
  const lines = [`Error: ${problem.title} (HTTP ${problem.status})`];
  const fields = problem.errors ?? [];
  // The API's detail for a validation failure is the field errors joined: print them once, as a list.
  const summary = fields.map((field) => `${field.field}: ${field.message}`).join("; ");
  if (problem.detail && problem.detail !== problem.title && problem.detail !== summary)
    lines.push(`  ${problem.detail}`);
  for (const field of fields) lines.push(`  - ${field.field}: ${field.message}`);
  if (typeof problem.existingId === "string") lines.push(`  existing record: ${problem.existingId}`);
  if (Array.isArray(problem.conflictingFields))
    lines.push(`  differing fields: ${problem.conflictingFields.join(", ")}`);
  if (problem.status === 401) lines.push("  Give an API token with --token or PEDIGREE_TOKEN (Settings > API tokens).");
  return lines.join("\n");
}

export function renderConnectionError(error: ConnectionError): string {
  return `Error: could not reach the Pedigree server at ${error.url} (${error.reason}).\n  Is it running? Give its address with --url or PEDIGREE_URL.`;
}

export function renderUsageError(error: UsageError): string {
  return `Error: ${error.message}`;
}

/** The JSON printed on stdout for a failure when --json is on, so that scripts always get JSON. */
export function errorJson(error: unknown): { error: Record<string, unknown> } {
  if (error instanceof ProblemError) return { error: { ...error.problem } };
  if (error instanceof ConnectionError)
    return { error: { title: "Connection failed", detail: error.message, url: error.url } };
  return {
    error: {
      title: error instanceof UsageError ? "Usage error" : "Error",
      detail: (error as Error | null | undefined)?.message ?? String(error),
    },
  };
}
