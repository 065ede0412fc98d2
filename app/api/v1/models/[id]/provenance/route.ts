import { withApi } from "@/lib/api/with-api";
import { fileResponse, notFoundProblem } from "@/lib/api/openapi/response-docs";
import { env } from "@/lib/env";
import { ZModelIdParams } from "@/lib/models/model.types";
import { generateReport } from "@/lib/reports/generate-report";
import { REPORT_HEADERS_DOCS, REPORT_RESPONSE_DESCRIPTION } from "@/lib/reports/report-docs";
import { instanceBaseUrl, reportResponse } from "@/lib/http/report-response";
import { ZModelReportQuery } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    params: ZModelIdParams,
    query: ZModelReportQuery,
    docs: {
      summary: "Export a model's signed provenance report",
      description:
        "Gathers the model and all its ancestors (base models, teachers with the SHA-256 of their system prompts, generations and their settings, datasets with SHA-256, record count, filter and pass rate, runs with method, hyperparameters and seed) and every trait measurement with its interval and protocol; with `scope=lineage` also all its descendants. Writes it as W3C PROV-JSON, CycloneDX 1.6 ML-BOM, SPDX 3.0.1, an in-toto SLSA provenance attestation (a DSSE envelope: the model by its checkpoint's SHA-256, else its canonical record's; its training run; its datasets, initialisation and teachers), a measurements CSV, or a printable HTML or PDF report, signs it with the instance's Ed25519 key, keeps the signed bytes (GET /api/v1/reports/{id} downloads them again) and records the export in the audit log.",
      tags: ["Reports"],
      responses: fileResponse("application/octet-stream", REPORT_RESPONSE_DESCRIPTION, REPORT_HEADERS_DOCS),
      problems: notFoundProblem("model"),
    },
  },
  async ({ actor, params, query, request }) =>
    reportResponse(
      await generateReport(
        actor,
        { scope: query.scope, subject: params.id, format: query.format },
        instanceBaseUrl(request, env.NEXTAUTH_URL),
      ),
    ),
);
