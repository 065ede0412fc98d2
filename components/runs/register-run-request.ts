// Browser-side POST /api/v1/runs: the Idempotency-Key header, and a 409's cycle kept for the form.
import { apiFetch, ProblemError, type ProblemDocument } from "@/lib/http/problem-client";
import type { RunDetail, TCreateRun } from "@/lib/runs/run.types";

/** A model or dataset on the path a refused registration would have closed into a cycle. */
export interface CycleStep {
  id: string;
  type: "model" | "dataset";
  name: string;
}

/** A failed registration; `cycle` is set when the run would have made a model its own ancestor. */
export class RegisterRunError extends ProblemError {
  constructor(
    problem: ProblemDocument,
    readonly cycle: CycleStep[] | null,
  ) {
    super(problem);
  }
}

/** The cycle of a 409 problem body, when it names one. */
export function cycleOfProblem(body: unknown): CycleStep[] | null {
  const cycle = (body as { cycle?: unknown } | null)?.cycle;
  if (!Array.isArray(cycle) || cycle.length === 0) return null;
  const steps = (cycle as unknown[]).filter(isCycleStep);
  return steps.length === cycle.length ? steps : null;
}

function isCycleStep(step: unknown): step is CycleStep {
  if (typeof step !== "object" || step === null) return false;
  const { id, name, type } = step as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" && (type === "model" || type === "dataset");
}

/** Registers a run; the same key twice returns the first run instead of a second one. */
export async function registerRun(body: TCreateRun, idempotencyKey: string): Promise<RunDetail> {
  try {
    return await apiFetch<RunDetail>("/api/v1/runs", {
      method: "POST",
      body,
      headers: { "idempotency-key": idempotencyKey },
    });
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    throw new RegisterRunError(error.problem, error.status === 409 ? cycleOfProblem(error.problem) : null);
  }
}
