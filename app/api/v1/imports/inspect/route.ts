import { created, withApi } from "@/lib/api/with-api";
import { createdResponse } from "@/lib/api/openapi/response-docs";
import { readJsonSelection } from "@/lib/http/read-json-selection";
import { importInspectLog, INSPECT_LOG_MAX_BYTES, INSPECT_LOG_SELECTION } from "@/lib/imports/import-inspect-log";
import { ZInspectImportQuery } from "@/lib/imports/import.types";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";

// The EvalLog JSON is the raw request body (`curl --data-binary @logs/2025-01-01_task.json`).
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZInspectImportQuery,
    docs: {
      summary: "Import an Inspect evaluation log",
      description:
        "Send a UK AISI Inspect EvalLog (JSON) as the request body, at most 500 MiB. With per-sample scores, each sample id becomes a question and its epochs its samples (`C`, `true` or `1` count as positive; partial scores are refused); a log written without samples gives its headline accuracy and stderr. The protocol is recorded as `inspect:<task>:<scorer>`. Not idempotent: each import records a new measurement.",
      tags: ["Imports", "Measurements"],
      rawBody: { contentTypes: ["application/json"], description: "The EvalLog JSON file, as Inspect wrote it." },
      responses: createdResponse(ZMeasurementDto, "The stored measurement."),
      problems: {
        400: "A query parameter is invalid, there is no body, or it is not valid JSON.",
        413: "The file is larger than 500 MiB.",
        422: "Not an EvalLog, no such scorer, partial scores, or no model with `modelId`.",
      },
    },
  },
  async ({ actor, query, request }) => {
    const measurement = await importInspectLog(
      actor,
      query,
      await readJsonSelection(request, INSPECT_LOG_MAX_BYTES, "Evaluation files", INSPECT_LOG_SELECTION),
    );
    return created(measurement, `/api/v1/measurements/${measurement.id}`);
  },
);
