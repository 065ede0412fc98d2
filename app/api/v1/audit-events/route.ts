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
        "Every write is audited in the same transaction as the change itself, so this log misses nothing that was stored. Newest first. `action`, `entityType` and `entityId` match exactly; `actor` matches part of the actor's label (email, and the token's name when the change came through a token).",
      tags: ["Audit"],
      responses: okResponse(
        zPage(ZAuditEventDto),
        "A page `{items, nextCursor}`; each event has `id`, `actorLabel`, `actorUserId`, `viaToken`, `action`, `entityType`, `entityId`, the entity `before` and `after` (JSON snapshots, null where there is none) and `createdAt`.",
      ),
    },
  },
  ({ query }) => listAuditEvents(query),
);
