import { withApi } from "@/lib/api/with-api";
import { fileResponse, notFoundProblem } from "@/lib/api/openapi/response-docs";
import { getReportContent } from "@/lib/reports/list-reports";
import { REPORT_FORMAT_DETAILS } from "@/lib/reports/report-formats";
import { REPORT_HEADERS_DOCS, REPORT_RESPONSE_DESCRIPTION } from "@/lib/reports/report-docs";
import { reportResponse } from "@/lib/http/report-response";
import { ZReportIdParams } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    params: ZReportIdParams,
    docs: {
      summary: "Download a generated report again",
      description:
        "The exact signed bytes handed out when the report was generated, so a copy can be compared with what an auditor received.",
      tags: ["Reports"],
      responses: fileResponse("application/octet-stream", REPORT_RESPONSE_DESCRIPTION, REPORT_HEADERS_DOCS),
      problems: notFoundProblem("report"),
    },
  },
  async ({ params }) => {
    const { report, content } = await getReportContent(params.id);
    return reportResponse({ report, content, contentType: REPORT_FORMAT_DETAILS[report.format].contentType });
  },
);
