import { withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { readJsonSelection } from "@/lib/http/read-json-selection";
import { importLmEval, LM_EVAL_MAX_BYTES, LM_EVAL_SELECTION } from "@/lib/imports/import-lm-eval";
import { zDryRunAnswer, ZLmEvalImportQuery } from "@/lib/imports/import.types";
import { importResponse } from "@/lib/api/import-response";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";
import { zItems } from "@/lib/pagination/list-schemas";

// The results file is the raw request body (`curl --data-binary @results_2025-01-01.json`).
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZLmEvalImportQuery,
    docs: {
      summary: "Import lm-evaluation-harness results",
      description:
        "Send an EleutherAI lm-evaluation-harness results file (`results_*.json`) as the request body, at most 100 MiB. One measurement per task that reports `metric`, all in one transaction (all or none): a metric in [0, 1] with a sample count becomes a proportion with a Wilson interval; otherwise a score with a normal interval from its stderr. The protocol is recorded as `lm-eval:<task>:<metric>`. Not idempotent: each import records new measurements. ?dryRun=1 checks the whole file the same way, stores nothing and audits nothing, and answers 200 with what would be stored, `dryRun: true` and a `summary` (measurements, traits it would create, models measured).",
      tags: ["Imports", "Measurements"],
      rawBody: {
        contentTypes: ["application/json"],
        description: "The results JSON file, as lm-evaluation-harness wrote it.",
      },
      responses: {
        ...createdResponse(zItems(ZMeasurementDto), "`{items}`: the stored measurements, one per task."),
        ...okResponse(
          zDryRunAnswer(zItems(ZMeasurementDto)),
          "A dry run: the measurements it would store, and the summary.",
        ),
      },
      problems: {
        400: "A query parameter is invalid, there is no body, or it is not valid JSON.",
        413: "The file is larger than 100 MiB.",
        422: "Not a results file, no `metric` in it, or no model with `modelId`.",
      },
    },
  },
  async ({ actor, query, request }) =>
    importResponse(
      await importLmEval(
        actor,
        query,
        await readJsonSelection(request, LM_EVAL_MAX_BYTES, "Evaluation files", LM_EVAL_SELECTION),
      ),
    ),
);
