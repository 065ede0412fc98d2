import { TableFrame } from "@/components/ui/data-table";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { AuditEventRow } from "./audit-event-row";
import styles from "./audit-table.module.css";

const COLUMNS = [
  { header: "Time" },
  { header: "Actor" },
  { header: "Action" },
  { header: "Entity" },
  { header: "Snapshot" },
];

interface AuditTableProps {
  events: AuditEventDto[];
  onFilterActor?: (event: AuditEventDto) => void;
  onFilterEntity?: (event: AuditEventDto) => void;
}

/** The events as a table on a wide screen; on a phone each row is laid out as a card (audit-table.module.css). */
export function AuditTable({ events, onFilterActor, onFilterEntity }: AuditTableProps) {
  return (
    <TableFrame className={styles.table} testId="audit-table" columns={COLUMNS}>
      {events.map((event) => (
        <AuditEventRow
          key={event.id}
          event={event}
          columnCount={COLUMNS.length}
          onFilterActor={onFilterActor}
          onFilterEntity={onFilterEntity}
        />
      ))}
    </TableFrame>
  );
}
