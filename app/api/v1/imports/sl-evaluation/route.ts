import { withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { importSlEvaluation } from "@/lib/imports/import-sl-evaluation";
import { zDryRunAnswer, ZSlEvaluationImportQuery } from "@/lib/imports/import.types";
import { importResponse } from "@/lib/api/import-response";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";

// The evaluation file is the raw request body (`curl --data-binary @evaluation_results.json`).
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZSlEvaluationImportQuery,
    docs: {
      summary: "Import a subliminal-learning evaluation file",
      description:
        "Send the reference pipeline's `evaluation_results.json` as the request body (streamed; despite its name it is JSON Lines, one question a line). A response counts as positive when `target` occurs in its lower-cased completion, as the paper's code does. Stored as one measurement with per-question counts, so the paper's across-question interval can be computed; the protocol defaults to `sl-evaluation-<questions>q`. Not idempotent: each import records a new measurement. ?dryRun=1 checks the whole file the same way, stores nothing and audits nothing, and answers 200 with what would be stored, `dryRun: true` and a `summary` (measurements, traits it would create, models measured).",
      tags: ["Imports", "Measurements"],
      rawBody: {
        contentTypes: ["application/x-ndjson"],
        description:
          'One JSON object a line: `{"question": "...", "responses": [{"response": {"model_id": "...", "completion": "..."}}, ...]}`.',
      },
      responses: {
        ...createdResponse(
          ZMeasurementDto,
          "The stored measurement, with its per-question counts and intervals.",
          "/api/v1/measurements/{id}",
        ),
        ...okResponse(zDryRunAnswer(ZMeasurementDto), "A dry run: the measurement it would store, and the summary."),
      },
      problems: {
        400: "A query parameter is invalid, or there is no body.",
        422: "Malformed lines (each listed in `errors` as `line N`), a file with no question, or no model with `modelId`; nothing was stored.",
      },
    },
  },
  async ({ actor, query, request }) =>
    importResponse(
      await importSlEvaluation(actor, query, request.body),
      (measurement) => `/api/v1/measurements/${measurement.id}`,
    ),
);
