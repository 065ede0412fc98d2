import { withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { readJsonSelection } from "@/lib/http/read-json-selection";
import { importInspectLog, INSPECT_LOG_MAX_BYTES, INSPECT_LOG_SELECTION } from "@/lib/imports/import-inspect-log";
import { zDryRunAnswer, ZInspectImportQuery } from "@/lib/imports/import.types";
import { importResponse } from "@/lib/api/import-response";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";

// The EvalLog JSON is the raw request body (`curl --data-binary @logs/2025-01-01_task.json`).
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZInspectImportQuery,
    docs: {
      summary: "Import an Inspect evaluation log",
      description:
        "Send a UK AISI Inspect EvalLog (JSON) as the request body, at most 500 MiB. With per-sample scores, each sample id becomes a question and its epochs its samples (`C`, `true` or `1` count as positive; partial scores are refused); a log written without samples gives its headline accuracy and stderr. The protocol is recorded as `inspect:<task>:<scorer>`. Not idempotent: each import records a new measurement. ?dryRun=1 checks the whole file the same way, stores nothing and audits nothing, and answers 200 with what would be stored, `dryRun: true` and a `summary` (measurements, traits it would create, models measured).",
      tags: ["Imports", "Measurements"],
      rawBody: { contentTypes: ["application/json"], description: "The EvalLog JSON file, as Inspect wrote it." },
      responses: {
        ...createdResponse(ZMeasurementDto, "The stored measurement.", "/api/v1/measurements/{id}"),
        ...okResponse(zDryRunAnswer(ZMeasurementDto), "A dry run: the measurement it would store, and the summary."),
      },
      problems: {
        400: "A query parameter is invalid, there is no body, or it is not valid JSON.",
        413: "The file is larger than 500 MiB.",
        422: "Not an EvalLog, no such scorer, partial scores, or no model with `modelId`.",
      },
    },
  },
  async ({ actor, query, request }) =>
    importResponse(
      await importInspectLog(
        actor,
        query,
        await readJsonSelection(request, INSPECT_LOG_MAX_BYTES, "Evaluation files", INSPECT_LOG_SELECTION),
      ),
      (measurement) => `/api/v1/measurements/${measurement.id}`,
    ),
);
