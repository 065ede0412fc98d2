import { withApi } from "@/lib/api/with-api";
import { fileResponse } from "@/lib/api/openapi/response-docs";
import { auditExportFileName } from "@/lib/audit/audit-export-format";
import { ZExportAuditEventsQuery } from "@/lib/audit/audit.types";
import { streamAuditExport } from "@/lib/audit/stream-audit-export";
import { env } from "@/lib/env";
import { instanceBaseUrl } from "@/lib/http/report-response";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export const GET = withApi(
  {
    scope: "audit:read",
    query: ZExportAuditEventsQuery,
    docs: {
      summary: "Export the audit log",
      description:
        "Every event matching the filters (the same as GET /api/v1/audit-events takes), not only one page, newest first, streamed. `format=csv` writes one event a row (RFC 4180 quoting; text a spreadsheet would run as a formula, starting with = + - or @, gets a leading apostrophe) with the actor's and the object's names, the object's URL and the before and after snapshots as JSON; `format=json` writes `{exportedAt, instance, filters, events}`, each event as GET /api/v1/audit-events shows it. Reading the log is not itself recorded in it.",
      tags: ["Audit"],
      responses: fileResponse(
        "text/csv",
        "The matching events as CSV (text/csv) or as a JSON document (application/json), by `format`.",
        { "Content-Disposition": 'attachment; filename="audit-log-<filters>-<yyyymmdd-hhmm>.<csv|json>"' },
      ),
    },
  },
  async ({ query, request }) => {
    const { format, ...filters } = query;
    const now = new Date();
    const stream = await streamAuditExport(filters, format, instanceBaseUrl(request, env.NEXTAUTH_URL), now);
    return new Response(stream, {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="${auditExportFileName(filters, format, now)}"`,
        "cache-control": "no-store",
      },
    });
  },
);
