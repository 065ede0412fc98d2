import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { entityTypeLabel } from "./audit-filter-options";
import { AuditFilterButton } from "./audit-filter-button";
import styles from "./audit-table.module.css";

interface AuditEntityProps {
  event: AuditEventDto;
  /** Narrows the log to this object's events; absent while it already is. */
  onFilter?: () => void;
}

/** The event's object: its type, its name (linking to its page where it has one) and its id; a deleted one is marked. */
export function AuditEntity({ event, onFilter }: AuditEntityProps) {
  const { name, path, deleted } = event.entity;
  const type = entityTypeLabel(event.entityType);
  return (
    <div className={styles.entity}>
      <Badge variant="chip">{type}</Badge>
      <span className={styles.entityText}>
        <span className={styles.entityLine}>
          {path ? (
            <Link href={path} className={styles.entityLink}>
              {name ?? event.entityId}
            </Link>
          ) : (
            <span className={name ? styles.entityName : styles.entityUnnamed}>{name ?? "Name not recorded"}</span>
          )}
          {deleted && (
            <Badge tone="red" title="This object no longer exists; the name is the one its event recorded">
              deleted
            </Badge>
          )}
        </span>
        {name !== event.entityId && (
          <code className={styles.entityId} title={event.entityId}>
            {event.entityId}
          </code>
        )}
      </span>
      {onFilter && (
        <AuditFilterButton
          label={`Only events of ${type.toLowerCase()} ${name ?? event.entityId}`}
          onClick={onFilter}
        />
      )}
    </div>
  );
}
