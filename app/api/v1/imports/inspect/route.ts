import { created, withApi } from "@/lib/api/with-api";
import { importInspectLog } from "@/lib/imports/import-inspect-log";
import { ZInspectImportQuery } from "@/lib/imports/import.types";

// The EvalLog JSON is the raw request body (`curl --data-binary @logs/2025-01-01_task.json`).
export const POST = withApi({ scope: "catalog:write", query: ZInspectImportQuery }, async ({ actor, query, request }) => {
  const measurement = await importInspectLog(actor, query, request.body);
  return created(measurement, `/api/v1/measurements/${measurement.id}`);
});
