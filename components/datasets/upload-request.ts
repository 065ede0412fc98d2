// The upload's request URL and how its answer reads, apart from the XMLHttpRequest that sends it.
import type { UploadResult } from "@/lib/datasets/dataset.types";
import { lineErrorsOf, type LineError } from "@/lib/http/line-errors";
import { parseProblem } from "@/lib/http/problem-client";
import type { UploadFormat } from "./upload-file";

export interface UploadFields {
  name: string;
  format: UploadFormat;
  description: string;
  generationId: string | null;
  filteredFromId: string | null;
  filterDescription: string;
  skipMalformed: boolean;
}

/** POST /api/v1/datasets with the fields as query parameters; blank optional fields are left out. */
export function uploadPath(fields: UploadFields): string {
  const params = new URLSearchParams({ name: fields.name.trim(), format: fields.format });
  if (fields.description.trim()) params.set("description", fields.description.trim());
  if (fields.generationId) params.set("generationId", fields.generationId);
  if (fields.filteredFromId) {
    params.set("filteredFromId", fields.filteredFromId);
    if (fields.filterDescription.trim()) params.set("filterDescription", fields.filterDescription.trim());
  }
  if (fields.skipMalformed) params.set("onInvalid", "skip");
  return `/api/v1/datasets?${params}`;
}

export type UploadOutcome =
  | { kind: "created"; result: UploadResult }
  | { kind: "existing"; result: UploadResult }
  | { kind: "malformed-lines"; detail: string; lines: LineError[] }
  /** Declared as filtered from a dataset that does not hold this line's record (or not as often). */
  | { kind: "not-in-raw"; detail: string; lines: LineError[] }
  | { kind: "too-large"; detail: string }
  | { kind: "field-errors"; detail: string; fields: Record<string, string> }
  | { kind: "failed"; detail: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads the API's answer to an upload: 201 stored, 200 already stored, 422 bad lines or fields, 413 too large. */
export function uploadOutcome(status: number, body: string): UploadOutcome {
  const json = parseJson(body);
  if ((status === 201 || status === 200) && json && typeof json === "object" && "id" in json) {
    return { kind: status === 201 ? "created" : "existing", result: json as UploadResult };
  }
  // The XMLHttpRequest is kept for its progress events; its answer reads like any other API call's.
  const problem = parseProblem(status, body, {
    fallbackTitle: status === 0 ? "Could not reach the server." : `The upload failed (HTTP ${status}).`,
  });
  const detail = problem.detail ?? problem.title;
  if (status === 413) return { kind: "too-large", detail };
  const lines = lineErrorsOf(problem);
  if (lines.length > 0 && problem.notInRaw && typeof problem.notInRaw === "object")
    return { kind: "not-in-raw", detail, lines };
  if (lines.length > 0) return { kind: "malformed-lines", detail, lines };
  const fields: Record<string, string> = {};
  for (const error of problem.errors ?? []) if (error.field && error.message) fields[error.field] ??= error.message;
  if (Object.keys(fields).length > 0) return { kind: "field-errors", detail, fields };
  return { kind: "failed", detail };
}
