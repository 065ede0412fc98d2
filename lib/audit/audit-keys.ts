// TanStack Query keys for the audit log. Invalidate `auditKeys.lists()` after any audited write.
import { listKeys } from "@/lib/query-keys/list-keys";

export interface AuditListFilters {
  action: string;
  entityType: string;
  actor: string;
}

export const auditKeys = listKeys<AuditListFilters>("audit-events");
