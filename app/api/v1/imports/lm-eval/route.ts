import { created, withApi } from "@/lib/api/with-api";
import { importLmEval } from "@/lib/imports/import-lm-eval";
import { ZLmEvalImportQuery } from "@/lib/imports/import.types";

// The results file is the raw request body (`curl --data-binary @results_2025-01-01.json`).
export const POST = withApi({ scope: "catalog:write", query: ZLmEvalImportQuery }, async ({ actor, query, request }) =>
  created({ items: await importLmEval(actor, query, request.body) }),
);
