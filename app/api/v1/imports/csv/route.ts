import { withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { importMeasurementsCsv } from "@/lib/imports/import-measurements-csv";
import { ZCsvImportQuery, zDryRunAnswer } from "@/lib/imports/import.types";
import { importResponse } from "@/lib/api/import-response";
import { ZMeasurementDto } from "@/lib/measurements/measurement.types";
import { zItems } from "@/lib/pagination/list-schemas";

// One measurement per row: model_id, trait, protocol, n + positives or value [+ ci_low, ci_high], seed, source.
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZCsvImportQuery,
    docs: {
      summary: "Import measurements from a CSV file",
      description:
        "Send the CSV file as the request body (`curl --data-binary @measurements.csv`). Every row is checked before anything is stored, then all rows are stored in one transaction: all or none. Traits named for the first time are created. Not idempotent: importing the same file twice records its measurements twice. ?dryRun=1 checks the whole file the same way, stores nothing and audits nothing, and answers 200 with what would be stored, `dryRun: true` and a `summary` (measurements, traits it would create, models measured).",
      tags: ["Imports", "Measurements"],
      rawBody: {
        contentTypes: ["text/csv"],
        description:
          "A header row naming the columns, then one measurement a row: `model_id`, `trait` (slug or name), `protocol`, and either `n` + `positives` (counts) or `value` with optional `ci_low` + `ci_high` (and optional `n`); optionally `seed`, `source`, `notes`, `measured_at` (ISO 8601 with offset).",
      },
      responses: {
        ...createdResponse(zItems(ZMeasurementDto), "`{items}`: the stored measurements, in row order."),
        ...okResponse(
          zDryRunAnswer(zItems(ZMeasurementDto)),
          "A dry run: the measurements it would store, and the summary.",
        ),
      },
      problems: {
        400: "A query parameter is invalid, or there is no body.",
        413: "More than 50,000 rows; nothing was stored.",
        422: "Invalid rows (each listed in `errors` as `line N`, up to 100), a row longer than 64 KiB, a row naming an unknown model, or a file with no row; nothing was stored.",
      },
    },
  },
  async ({ actor, query, request }) =>
    importResponse(await importMeasurementsCsv(actor, request.body, { dryRun: query.dryRun })),
);
