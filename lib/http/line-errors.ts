// The lines of an uploaded or imported file that a refused request names (problem+json `errors` with
// fields "line N" or a `line`). Pure: the dataset upload and the import page read them alike.
import type { ProblemDocument } from "./problem-client";

export interface LineError {
  line: number;
  message: string;
}

const MAX_LINES_SHOWN = 100;

/** A problem's errors as an upload reads them; `errors` as the API's problem client parses them. */
type UploadProblem = Pick<ProblemDocument, "errors">;

/** The line errors of a 422 (fields "line N"), at most 100, in line order. */
export function lineErrorsOf(problem: UploadProblem): LineError[] {
  const lines: LineError[] = [];
  for (const error of problem.errors ?? []) {
    const line = typeof error.line === "number" ? error.line : Number(/^line (\d+)$/.exec(error.field)?.[1]);
    if (Number.isInteger(line) && line > 0) lines.push({ line, message: error.message || "malformed" });
  }
  return lines.sort((a, b) => a.line - b.line).slice(0, MAX_LINES_SHOWN);
}
