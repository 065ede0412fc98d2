// TanStack Query keys for the audit log. Invalidate `auditKeys.lists()` after any audited write.
import { listKeys } from "@/lib/query-keys/list-keys";

/** The audit log's filters as the page's URL and the API's query hold them; "" means a filter is off. */
export interface AuditListFilters {
  action: string;
  entityType: string;
  entityId: string;
  actor: string;
  from: string;
  to: string;
}

export const auditKeys = listKeys<AuditListFilters>("audit-events");
