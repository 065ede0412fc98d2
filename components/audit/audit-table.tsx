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

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <TableFrame className={styles.table} testId="audit-table" columns={COLUMNS}>
      {events.map((event) => (
        <AuditEventRow key={event.id} event={event} columnCount={COLUMNS.length} />
      ))}
    </TableFrame>
  );
}
