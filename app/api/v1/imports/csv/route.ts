import { created, withApi } from "@/lib/api/with-api";
import { importMeasurementsCsv } from "@/lib/imports/import-measurements-csv";

// One measurement per row: model_id, trait, protocol, n + positives or value [+ ci_low, ci_high], seed, source.
export const POST = withApi({ scope: "catalog:write" }, async ({ actor, request }) => created({ items: await importMeasurementsCsv(actor, request.body) }));
