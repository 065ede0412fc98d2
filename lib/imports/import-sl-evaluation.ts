import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Actor } from "@/lib/auth/actor";
import { InvalidError } from "@/lib/errors/domain-errors";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { parseSlEvaluation } from "./parse-sl-evaluation";
import type { TSlEvaluationImportQuery } from "./import.types";
import { missingBody } from "@/lib/http/missing-body";
import { runImport, type ImportOutcome } from "./run-import";

/** Imports a reference-pipeline evaluation file as one measurement with per-question counts. */
export async function importSlEvaluation(
  actor: Actor,
  query: TSlEvaluationImportQuery,
  body: ReadableStream<Uint8Array> | null,
): Promise<ImportOutcome<MeasurementDto>> {
  if (!body) throw missingBody("evaluation file");
  const parsed = await parseSlEvaluation(Readable.fromWeb(body as WebReadableStream<Uint8Array>), query.target);
  if (parsed.errors.length > 0) {
    throw new InvalidError(`${parsed.errors.length} malformed line(s); nothing was stored.`, {
      errors: parsed.errors.map((e) => ({
        field: `line ${e.line}`,
        location: "line",
        line: e.line,
        message: e.message,
      })),
    });
  }
  if (parsed.questions.length === 0)
    throw InvalidError.fields([{ field: "body", location: "body", message: "the file holds no question" }]);
  const input = {
    modelId: query.modelId,
    trait: query.trait,
    protocol: query.protocol ?? `sl-evaluation-${parsed.questions.length}q`,
    seed: query.seed,
    source: `sl-evaluation import (target '${query.target}'${parsed.modelIds.length > 0 ? `; responses from ${parsed.modelIds.join(", ")}` : ""})`,
    perQuestion: parsed.questions,
  };
  return runImport(
    query.dryRun,
    (tx) => createMeasurement(actor, input, tx),
    (m) => [m],
  );
}
