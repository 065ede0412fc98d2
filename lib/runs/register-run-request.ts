// Browser-side POST /api/v1/runs: the Idempotency-Key header, and a 409's cycle kept for the form.
import { ProblemError, type ProblemDocument } from "@/lib/http/problem-client";
import type { RunDetail, TCreateRun } from "./run.types";

/** A model or dataset on the path a refused registration would have closed into a cycle. */
export interface CycleStep {
  id: string;
  type: "model" | "dataset";
  name: string;
}

/** A failed registration; `cycle` is set when the run would have made a model its own ancestor. */
export class RegisterRunError extends ProblemError {
  constructor(problem: ProblemDocument, readonly cycle: CycleStep[] | null) {
    super(problem);
  }
}

/** The cycle of a 409 problem body, when it names one. */
export function cycleOfProblem(body: unknown): CycleStep[] | null {
  const cycle = (body as { cycle?: unknown } | null)?.cycle;
  if (!Array.isArray(cycle) || cycle.length === 0) return null;
  const steps = cycle.filter(
    (step): step is CycleStep =>
      typeof step === "object" && step !== null && typeof step.id === "string" && typeof step.name === "string" && (step.type === "model" || step.type === "dataset"),
  );
  return steps.length === cycle.length ? steps : null;
}

function problemOf(status: number, body: unknown): ProblemDocument {
  const problem = (body ?? {}) as Partial<ProblemDocument>;
  return {
    status,
    title: typeof problem.title === "string" ? problem.title : `Request failed (HTTP ${status})`,
    detail: typeof problem.detail === "string" ? problem.detail : undefined,
    errors: Array.isArray(problem.errors) ? problem.errors : undefined,
  };
}

/** Registers a run; the same key twice returns the first run instead of a second one. */
export async function registerRun(body: TCreateRun, idempotencyKey: string): Promise<RunDetail> {
  let response: Response;
  try {
    response = await fetch("/api/v1/runs", {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json", "content-type": "application/json", "idempotency-key": idempotencyKey },
      body: JSON.stringify(body),
    });
  } catch {
    throw new RegisterRunError({ status: 0, title: "Could not reach the server", detail: "Could not reach the server. Check your connection and try again." }, null);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new RegisterRunError(problemOf(response.status, json), response.status === 409 ? cycleOfProblem(json) : null);
  return json as RunDetail;
}
