import { withApi } from "@/lib/api/with-api";
import { fileResponse, notFoundProblem } from "@/lib/api/openapi/response-docs";
import { env } from "@/lib/env";
import { generateReport } from "@/lib/reports/generate-report";
import { REPORT_HEADERS_DOCS, REPORT_RESPONSE_DESCRIPTION } from "@/lib/reports/report-docs";
import { instanceBaseUrl, reportResponse } from "@/lib/http/report-response";
import { ZTraitReportParams, ZTraitReportQuery } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    params: ZTraitReportParams,
    query: ZTraitReportQuery,
    docs: {
      summary: "Export a trait's signed provenance report across models",
      description:
        "Every model measured for the trait, with all their ancestors, the trait's measurements and the inherited exposure to it, in the format asked for (`in-toto`: a DSSE envelope whose statement has one subject per measured model); signed with the instance's Ed25519 key, kept, and recorded in the audit log.",
      tags: ["Reports"],
      responses: fileResponse("application/octet-stream", REPORT_RESPONSE_DESCRIPTION, REPORT_HEADERS_DOCS),
      problems: { ...notFoundProblem("trait", "slug"), 409: "No model has been measured for the trait yet." },
    },
  },
  async ({ actor, params, query, request }) =>
    reportResponse(
      await generateReport(
        actor,
        { scope: "trait", subject: params.slug, format: query.format },
        instanceBaseUrl(request, env.NEXTAUTH_URL),
      ),
    ),
);
