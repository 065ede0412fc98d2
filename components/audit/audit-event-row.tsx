"use client";
import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { formatDateTime } from "@/lib/format/format-date";
import { AuditActor } from "./audit-actor";
import { AuditEntity } from "./audit-entity";
import { AuditSnapshot } from "./audit-snapshot";
import styles from "./audit-table.module.css";

function snapshotSummary({ before, after }: AuditEventDto): string {
  if (before !== null && after !== null) return "before · after";
  if (after !== null) return "after";
  return before !== null ? "before" : "none";
}

interface AuditEventRowProps {
  event: AuditEventDto;
  columnCount: number;
  /** Narrow the log to this event's actor, or its object; absent where that filter already applies. */
  onFilterActor?: (event: AuditEventDto) => void;
  onFilterEntity?: (event: AuditEventDto) => void;
}

/** One event; the toggle opens a second row with its before and after snapshots. */
export function AuditEventRow({ event, columnCount, onFilterActor, onFilterEntity }: AuditEventRowProps) {
  const [open, setOpen] = useState(false);
  // Sign-ins and password changes record no snapshot: nothing to open.
  const hasSnapshot = event.before !== null || event.after !== null;
  const detailsId = `audit-${event.id}-details`;
  return (
    <>
      <tr
        className={hasSnapshot ? `${styles.row} ${styles.openable}` : styles.row}
        data-open={open || undefined}
        onClick={(clickEvent) => {
          // Links and buttons handle their own clicks; anywhere else on the row opens it.
          if (hasSnapshot && !(clickEvent.target as HTMLElement).closest("a, button")) setOpen((value) => !value);
        }}
      >
        <td className={styles.timeCell}>
          {hasSnapshot ? (
            <button
              type="button"
              className={styles.toggle}
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={`${open ? "Hide" : "Show"} changes of ${event.action} ${event.entity.name ?? event.entityId}`}
              onClick={() => setOpen((value) => !value)}
            >
              <ChevronRight size={14} className={styles.chevron} aria-hidden="true" />
            </button>
          ) : (
            <span className={styles.toggleSpacer} aria-hidden="true" />
          )}
          <span className={styles.time}>
            <RelativeTime iso={event.createdAt} />
            <span className={styles.sub}>{formatDateTime(event.createdAt)}</span>
          </span>
        </td>
        <td className={styles.actorCell}>
          <AuditActor actor={event.actor} onFilter={onFilterActor && (() => onFilterActor(event))} />
        </td>
        <td className={styles.actionCell}>
          <code className={styles.action}>{event.action}</code>
        </td>
        <td className={styles.entityCell}>
          <AuditEntity event={event} onFilter={onFilterEntity && (() => onFilterEntity(event))} />
        </td>
        <td className={styles.changes}>{snapshotSummary(event)}</td>
      </tr>
      {open && (
        <tr className={styles.detailsRow} id={detailsId}>
          <td colSpan={columnCount}>
            <div className={styles.details}>
              <AuditSnapshot label="Before" value={event.before} />
              <AuditSnapshot label="After" value={event.after} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
