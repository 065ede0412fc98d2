import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { entityTypeLabel } from "./audit-filter-options";
import styles from "./audit-table.module.css";

/** A display name from a snapshot, when it carries one ("name" for most entities, "email" for users). */
function snapshotName(snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const { name, email } = snapshot as { name?: unknown; email?: unknown };
  if (typeof name === "string" && name) return name;
  return typeof email === "string" && email ? email : null;
}

export function AuditEntity({ event }: { event: AuditEventDto }) {
  const name = snapshotName(event.after) ?? snapshotName(event.before);
  return (
    <div className={styles.entity}>
      <Badge variant="chip">{entityTypeLabel(event.entityType)}</Badge>
      <span className={styles.entityText}>
        {event.entityType === "model" ? (
          <Link href={`/models/${event.entityId}`} className={styles.entityLink}>{name ?? event.entityId}</Link>
        ) : (
          name && <span className={styles.entityName}>{name}</span>
        )}
        {(name || event.entityType !== "model") && <code className={styles.entityId} title={event.entityId}>{event.entityId}</code>}
      </span>
    </div>
  );
}
