import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZModelIdParams } from "@/lib/models/model.types";
import { previewReport } from "@/lib/reports/preview-report";
import { REPORT_PREVIEW_RESPONSE } from "@/lib/reports/report-preview-docs";
import { ZModelReportPreviewQuery, ZReportPreview } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    params: ZModelIdParams,
    query: ZModelReportPreviewQuery,
    docs: {
      summary: "Preview a model's provenance report",
      description:
        "What the report of `GET /api/v1/models/{id}/provenance` with the same scope would hold, without generating, signing or keeping it: above all whether it will be marked DEMO because it holds records of the demo workspace.",
      tags: ["Reports"],
      responses: okResponse(ZReportPreview, REPORT_PREVIEW_RESPONSE),
      problems: notFoundProblem("model"),
    },
  },
  ({ params, query }) => previewReport({ scope: query.scope, subject: params.id }),
);
