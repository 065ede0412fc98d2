// TanStack Query keys for the audit log. Invalidate `auditKeys.lists()` after any audited write.

export interface AuditListFilters {
  action: string;
  entityType: string;
  actor: string;
}

export const auditKeys = {
  all: ["audit-events"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: AuditListFilters) => [...auditKeys.lists(), filters] as const,
};
