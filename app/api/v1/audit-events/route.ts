import { withApi } from "@/lib/api/with-api";
import { ZListAuditEventsQuery } from "@/lib/audit/audit.types";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const GET = withApi({ scope: "audit:read", query: ZListAuditEventsQuery }, ({ query }) => listAuditEvents(query));
