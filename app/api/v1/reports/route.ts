import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { listReports } from "@/lib/reports/list-reports";
import { ZListReportsQuery, ZReportDto } from "@/lib/reports/report.types";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "reports:export",
    query: ZListReportsQuery,
    docs: {
      summary: "List the reports generated here",
      description:
        "Newest first, with who generated each, when, its format, subject, digest and signature. Cursor-paged: pass `nextCursor` as `cursor`.",
      tags: ["Reports"],
      responses: okResponse(zPage(ZReportDto), "A page of reports: `items` and `nextCursor`."),
    },
  },
  ({ query }) => listReports(query),
);
