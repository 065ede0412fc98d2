import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { ZAuditEventDto, ZListAuditEventsQuery } from "@/lib/audit/audit.types";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "audit:read",
    query: ZListAuditEventsQuery,
    docs: {
      summary: "List audit events",
      description:
        "Every write is audited in the same transaction as the change itself, so this log misses nothing that was stored. Newest first. `action`, `entityType` and `entityId` match exactly (`distillation_run` and `run` name the same type); `actor` matches part of the actor's name, email or token name; `from` and `to` bound the time, both included. Each event names its actor and its object as they are today, with the object's dashboard page; a deleted object keeps the name its snapshot recorded. GET /api/v1/audit-events/export takes the same filters and returns every matching event as CSV or JSON.",
      tags: ["Audit"],
      responses: okResponse(
        zPage(ZAuditEventDto),
        "A page `{items, nextCursor}`; each event has `id`, `actorLabel`, `actorUserId`, `viaToken`, `actor` (kind, name, email, token name), `action`, `entityType`, `entityId`, `entity` (name, page path, deleted), the entity `before` and `after` (JSON snapshots, null where there is none) and `createdAt`.",
      ),
    },
  },
  ({ query }) => listAuditEvents(query),
);
