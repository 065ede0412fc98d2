import "server-only";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import type { Actor } from "@/lib/auth/actor";
import { InvalidError } from "@/lib/errors/domain-errors";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { JsonSelection } from "@/lib/http/read-json-selection";
import type { TLmEvalImportQuery } from "./import.types";
import { parseLmEval } from "./parse-lm-eval";
import { runImport, type ImportOutcome } from "./run-import";

/** The largest results file the route reads. */
export const LM_EVAL_MAX_BYTES = 100 * 1024 * 1024;

/** What parseLmEval reads of a results file, taken from the request body as it streams in. */
export const LM_EVAL_SELECTION: JsonSelection = { members: ["results", "n-samples", "config"] };

/** Imports an lm-evaluation-harness results file (the parsed JSON document): one measurement per task, all or none. */
export async function importLmEval(
  actor: Actor,
  query: TLmEvalImportQuery,
  document: unknown,
): Promise<ImportOutcome<{ items: MeasurementDto[] }>> {
  const parsed = parseLmEval(document, query.metric);
  if (typeof parsed === "string") throw InvalidError.fields([{ field: "body", location: "body", message: parsed }]);
  const z = normalQuantile(0.975, 0, 1);
  return runImport(
    query.dryRun,
    async (tx) => {
      const stored: MeasurementDto[] = [];
      for (const m of parsed.measurements) {
        const common = {
          modelId: query.modelId,
          trait: query.trait ?? m.task,
          protocol: `lm-eval:${m.task}:${m.metric}`,
          seed: query.seed,
          source: `lm-evaluation-harness results${parsed.model ? ` (${parsed.model})` : ""}`,
        };
        const { samples } = m;
        const isProportion = samples !== null && m.value >= 0 && m.value <= 1;
        const input = isProportion
          ? { ...common, n: samples, positives: Math.round(m.value * samples) }
          : m.stderr !== null
            ? { ...common, value: m.value, ciLow: m.value - z * m.stderr, ciHigh: m.value + z * m.stderr }
            : { ...common, value: m.value };
        stored.push(await createMeasurement(actor, input, tx));
      }
      return { items: stored };
    },
    (result) => result.items,
  );
}
