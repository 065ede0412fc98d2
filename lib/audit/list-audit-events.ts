import "server-only";
import { db } from "@/lib/db";
import { MalformedError } from "@/lib/errors/domain-errors";
import type { Page } from "@/lib/pagination/cursor-page";
import type { AuditEventDto, TListAuditEventsQuery } from "./audit.types";
import { selectAuditEvents } from "./select-audit-events";

/** A page of the audit log, newest first, with names for actors and objects (cursor: the last event's id). */
export async function listAuditEvents(query: TListAuditEventsQuery): Promise<Page<AuditEventDto>> {
  const { cursor, limit, ...filters } = query;
  const events = await selectAuditEvents(filters, { afterId: cursor, limit: limit + 1 });
  if (cursor && events.length === 0) {
    // Nothing after the cursor: the end of the list, or a cursor that names no event at all.
    const prisma = await db();
    if (!(await prisma.auditEvent.findUnique({ where: { id: cursor }, select: { id: true } }))) {
      throw MalformedError.fields([
        {
          field: "cursor",
          location: "query",
          message: "not a cursor of this list: pass the nextCursor of the previous page",
        },
      ]);
    }
  }
  const items = events.slice(0, limit);
  return { items, nextCursor: events.length > limit ? items[items.length - 1].id : null };
}
