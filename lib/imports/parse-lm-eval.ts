// EleutherAI lm-evaluation-harness results (results_*.json):
//   {"results": {"<task>": {"acc,none": 0.61, "acc_stderr,none": 0.012, ...}}, "n-samples": {"<task>": {"original": 1000, "effective": 1000}},
//    "config": {"model": "hf", "model_args": "pretrained=..."}}
// One measurement per task and metric: a metric in [0, 1] with a sample count is a proportion (Wilson
// interval from the implied counts); otherwise a score with a normal interval from its stderr.

export interface LmEvalMeasurement {
  task: string;
  metric: string;
  value: number;
  stderr: number | null;
  samples: number | null;
}

export function parseLmEval(
  document: unknown,
  metric = "acc",
): { measurements: LmEvalMeasurement[]; model: string | null } | string {
  if (document === null || typeof document !== "object")
    return "expected an lm-evaluation-harness results file with a 'results' object";
  const doc = document as {
    results?: unknown;
    "n-samples"?: Record<string, { effective?: number; original?: number }>;
    config?: { model?: unknown; model_args?: unknown };
  };
  if (typeof doc.results !== "object" || doc.results === null) {
    return "expected an lm-evaluation-harness results file with a 'results' object";
  }
  const measurements: LmEvalMeasurement[] = [];
  for (const [task, values] of Object.entries(doc.results as Record<string, Record<string, unknown> | null>)) {
    const own = values ?? {};
    for (const [key, value] of Object.entries(own)) {
      const [name, filter] = key.split(",");
      if (name !== metric || typeof value !== "number") continue;
      const stderr = own[`${name}_stderr,${filter}`];
      const samples = doc["n-samples"]?.[task]?.effective ?? doc["n-samples"]?.[task]?.original ?? null;
      measurements.push({
        task,
        metric: key,
        value,
        stderr: typeof stderr === "number" ? stderr : null,
        samples: typeof samples === "number" ? samples : null,
      });
    }
  }
  if (measurements.length === 0) return `no '${metric}' metric in the results`;
  const model =
    [doc.config?.model, doc.config?.model_args].filter((part) => typeof part === "string").join(" ") || null;
  return { measurements, model };
}
