import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { entityTypeLabel } from "./audit-filter-options";
import styles from "./audit-table.module.css";

/**
 * A display name from a snapshot, when it carries one: "name" for most entities, "email" for users, and
 * the subject's name for a report ("after.subject.name").
 */
function snapshotName(snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const { name, email, subject } = snapshot as { name?: unknown; email?: unknown; subject?: { name?: unknown } | null };
  if (typeof name === "string" && name) return name;
  if (typeof email === "string" && email) return email;
  return typeof subject === "object" && subject !== null && typeof subject.name === "string" && subject.name
    ? subject.name
    : null;
}

/** Where an entity's name links: a model's page, or the reports list (of the report's subject, when known). */
function entityHref({ entityType, entityId, after }: AuditEventDto): string | null {
  if (entityType === "model") return `/models/${entityId}`;
  if (entityType !== "report") return null;
  const subject =
    typeof after === "object" && after !== null ? (after as { subject?: { id?: unknown } | null }).subject : null;
  return typeof subject?.id === "string" ? `/reports?${new URLSearchParams({ subject: subject.id })}` : "/reports";
}

export function AuditEntity({ event }: { event: AuditEventDto }) {
  const name = snapshotName(event.after) ?? snapshotName(event.before);
  const href = entityHref(event);
  return (
    <div className={styles.entity}>
      <Badge variant="chip">{entityTypeLabel(event.entityType)}</Badge>
      <span className={styles.entityText}>
        {href ? (
          <Link href={href} className={styles.entityLink}>
            {name ?? event.entityId}
          </Link>
        ) : (
          name && <span className={styles.entityName}>{name}</span>
        )}
        {(name || !href) && (
          <code className={styles.entityId} title={event.entityId}>
            {event.entityId}
          </code>
        )}
      </span>
    </div>
  );
}
