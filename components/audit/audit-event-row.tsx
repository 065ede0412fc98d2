"use client";
import { ChevronRight, KeyRound } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { formatDateTime } from "@/lib/format/format-date";
import { AuditEntity } from "./audit-entity";
import { AuditSnapshot } from "./audit-snapshot";
import styles from "./audit-table.module.css";

function snapshotSummary({ before, after }: AuditEventDto): string {
  if (before !== null && after !== null) return "before · after";
  if (after !== null) return "after";
  return before !== null ? "before" : "none";
}

/** One event; the toggle opens a second row with its before and after snapshots. */
export function AuditEventRow({ event, columnCount }: { event: AuditEventDto; columnCount: number }) {
  const [open, setOpen] = useState(false);
  // Sign-ins and password changes record no snapshot: nothing to open.
  const hasSnapshot = event.before !== null || event.after !== null;
  const detailsId = `audit-${event.id}-details`;
  return (
    <>
      <tr
        className={hasSnapshot ? styles.row : undefined}
        data-open={open || undefined}
        onClick={(clickEvent) => {
          // Links and the toggle handle their own clicks; anywhere else on the row opens it.
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
              aria-label={`${open ? "Hide" : "Show"} changes of ${event.action} ${event.entityId}`}
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
          <span className={event.actorLabel === "system" ? styles.system : styles.actor}>{event.actorLabel}</span>
          {event.viaToken && (
            <Badge
              tone="teal"
              icon={<KeyRound size={11} aria-hidden="true" />}
              title="Made with an API token, not a signed-in session"
            >
              via token
            </Badge>
          )}
        </td>
        <td>
          <code className={styles.action}>{event.action}</code>
        </td>
        <td>
          <AuditEntity event={event} />
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
