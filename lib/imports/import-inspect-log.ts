import "server-only";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import type { Actor } from "@/lib/auth/actor";
import { InvalidError } from "@/lib/errors/domain-errors";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import type { MeasurementDto, TCreateMeasurement } from "@/lib/measurements/measurement.types";
import type { JsonSelection } from "@/lib/http/read-json-selection";
import type { TInspectImportQuery } from "./import.types";
import { parseInspectLog } from "./parse-inspect-log";
import { runImport, type ImportOutcome } from "./run-import";

/** The largest EvalLog the route reads. */
export const INSPECT_LOG_MAX_BYTES = 500 * 1024 * 1024;

/**
 * What parseInspectLog reads of an EvalLog, taken from the request body as it streams in: the eval and
 * results objects, and of each sample only its id, epoch and score values (not its messages or output,
 * which make up nearly all of a log's size).
 */
export const INSPECT_LOG_SELECTION: JsonSelection = {
  members: ["eval", "results"],
  arrays: {
    samples: (sample) => {
      if (sample === null || typeof sample !== "object") return sample;
      const { id, epoch, scores } = sample as { id?: unknown; epoch?: unknown; scores?: unknown };
      return {
        id,
        epoch,
        scores:
          scores !== null && typeof scores === "object"
            ? Object.fromEntries(
                Object.entries(scores).map(([name, score]) => [
                  name,
                  score !== null && typeof score === "object" ? { value: (score as { value?: unknown }).value } : score,
                ]),
              )
            : scores,
      };
    },
  },
};

/** Imports an Inspect EvalLog (the parsed JSON document, or what INSPECT_LOG_SELECTION keeps of it) as one measurement: per-sample scores as questions, or its headline accuracy. */
export async function importInspectLog(
  actor: Actor,
  query: TInspectImportQuery,
  document: unknown,
): Promise<ImportOutcome<MeasurementDto>> {
  const parsed = parseInspectLog(document, query.scorer);
  if (typeof parsed === "string") throw InvalidError.fields([{ field: "body", location: "body", message: parsed }]);
  const common = {
    modelId: query.modelId,
    trait: query.trait,
    protocol: `inspect:${parsed.task}:${parsed.scorer}`,
    seed: query.seed,
    source: `Inspect EvalLog${parsed.model ? ` (${parsed.model})` : ""}`,
  };
  let input: TCreateMeasurement;
  if (parsed.kind === "questions") input = { ...common, perQuestion: parsed.questions };
  else if (parsed.samples !== null && parsed.value >= 0 && parsed.value <= 1)
    input = { ...common, n: parsed.samples, positives: Math.round(parsed.value * parsed.samples) };
  else if (parsed.stderr === null) input = { ...common, value: parsed.value };
  else {
    const z = normalQuantile(0.975, 0, 1);
    input = {
      ...common,
      value: parsed.value,
      ciLow: parsed.value - z * parsed.stderr,
      ciHigh: parsed.value + z * parsed.stderr,
    };
  }
  return runImport(
    query.dryRun,
    (tx) => createMeasurement(actor, input, tx),
    (m) => [m],
  );
}
