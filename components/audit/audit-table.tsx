import { DataTable } from "@/components/ui/data-table";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { AuditEventRow } from "./audit-event-row";
import styles from "./audit-table.module.css";

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <DataTable
      className={styles.table}
      testId="audit-table"
      head={
        <>
          <th scope="col">Time</th>
          <th scope="col">Actor</th>
          <th scope="col">Action</th>
          <th scope="col">Entity</th>
          <th scope="col">Snapshot</th>
        </>
      }
    >
      {events.map((event) => (
        <AuditEventRow key={event.id} event={event} />
      ))}
    </DataTable>
  );
}
