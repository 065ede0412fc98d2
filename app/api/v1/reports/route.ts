import { withApi } from "@/lib/api/with-api";
import { listReports } from "@/lib/reports/list-reports";
import { ZListReportsQuery } from "@/lib/reports/report.types";

export const GET = withApi(
  {
    scope: "reports:export",
    query: ZListReportsQuery,
    docs: {
      summary: "List the reports generated here",
      description: "Newest first, with who generated each, when, its format, subject, digest and signature. Cursor-paged: pass `nextCursor` as `cursor`.",
      tags: ["Reports"],
      responses: { 200: { description: "A page of reports: `items` and `nextCursor`." } },
    },
  },
  ({ query }) => listReports(query),
);
