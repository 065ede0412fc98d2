import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { previewReport } from "@/lib/reports/preview-report";
import { REPORT_PREVIEW_RESPONSE } from "@/lib/reports/report-preview-docs";
import { ZReportPreview, ZTraitReportParams } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    params: ZTraitReportParams,
    docs: {
      summary: "Preview a trait's provenance report",
      description:
        "What the report of `GET /api/v1/traits/{slug}/provenance` would hold, without generating, signing or keeping it: above all whether it will be marked DEMO because it holds records of the demo workspace.",
      tags: ["Reports"],
      responses: okResponse(ZReportPreview, REPORT_PREVIEW_RESPONSE),
      problems: { ...notFoundProblem("trait", "slug"), 409: "No model has been measured for the trait yet." },
    },
  },
  ({ params }) => previewReport({ scope: "trait", subject: params.slug }),
);
