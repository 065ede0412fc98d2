import { created, withApi } from "@/lib/api/with-api";
import { importSlEvaluation } from "@/lib/imports/import-sl-evaluation";
import { ZSlEvaluationImportQuery } from "@/lib/imports/import.types";

// The evaluation file is the raw request body (`curl --data-binary @evaluation_results.json`).
export const POST = withApi({ scope: "catalog:write", query: ZSlEvaluationImportQuery }, async ({ actor, query, request }) => {
  const measurement = await importSlEvaluation(actor, query, request.body);
  return created(measurement, `/api/v1/measurements/${measurement.id}`);
});
