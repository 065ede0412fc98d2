import "server-only";
import { auditCsvHeader, auditCsvLine, auditJsonEvent, auditJsonHead, auditJsonTail } from "./audit-export-format";
import type { AuditEventDto, AuditExportFormat, TAuditFilters } from "./audit.types";
import { selectAuditEvents } from "./select-audit-events";

const PAGE = 500;

/**
 * Every event matching `filters`, newest first, as a CSV or JSON file, fetched a page at a time as the
 * client reads (keyset on time and id), so that memory stays flat however long the log. Events recorded
 * after the export starts are newer than its first page, and so never half-included. The first page is
 * read before the response starts, so that a failure to read it is an error response, not a cut-off file.
 */
export async function streamAuditExport(
  filters: TAuditFilters,
  format: AuditExportFormat,
  baseUrl: string,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let afterId: string | undefined;
  let count = 0;
  let firstPage: AuditEventDto[] | null = await selectAuditEvents(filters, { limit: PAGE });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      let events: AuditEventDto[];
      if (firstPage) {
        text = format === "csv" ? auditCsvHeader() : auditJsonHead(filters, now, baseUrl);
        events = firstPage;
        firstPage = null;
      } else {
        events = await selectAuditEvents(filters, { afterId, limit: PAGE });
      }
      for (const event of events) {
        text += format === "csv" ? auditCsvLine(event, baseUrl) : auditJsonEvent(event, count === 0);
        count += 1;
      }
      const done = events.length < PAGE;
      if (done && format === "json") text += auditJsonTail(count);
      if (text) controller.enqueue(encoder.encode(text));
      if (done) controller.close();
      else afterId = events[events.length - 1].id;
    },
  });
}
