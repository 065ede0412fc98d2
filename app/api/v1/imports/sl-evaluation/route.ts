import { created, withApi } from "@/lib/api/with-api";
import { createdResponse } from "@/lib/api/openapi/response-docs";
import { importSlEvaluation } from "@/lib/imports/import-sl-evaluation";
import { ZSlEvaluationImportQuery } from "@/lib/imports/import.types";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";

// The evaluation file is the raw request body (`curl --data-binary @evaluation_results.json`).
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZSlEvaluationImportQuery,
    docs: {
      summary: "Import a subliminal-learning evaluation file",
      description:
        "Send the reference pipeline's `evaluation_results.json` as the request body (streamed; despite its name it is JSON Lines, one question a line). A response counts as positive when `target` occurs in its lower-cased completion, as the paper's code does. Stored as one measurement with per-question counts, so the paper's across-question interval can be computed; the protocol defaults to `sl-evaluation-<questions>q`. Not idempotent: each import records a new measurement.",
      tags: ["Imports", "Measurements"],
      rawBody: {
        contentTypes: ["application/x-ndjson"],
        description:
          'One JSON object a line: `{"question": "...", "responses": [{"response": {"model_id": "...", "completion": "..."}}, ...]}`.',
      },
      responses: createdResponse(
        ZMeasurementDto,
        "The stored measurement, with its per-question counts and intervals.",
      ),
      problems: {
        400: "A query parameter is invalid, or there is no body.",
        422: "Malformed lines (each listed in `errors` as `line N`), a file with no question, or no model with `modelId`; nothing was stored.",
      },
    },
  },
  async ({ actor, query, request }) => {
    const measurement = await importSlEvaluation(actor, query, request.body);
    return created(measurement, `/api/v1/measurements/${measurement.id}`);
  },
);
