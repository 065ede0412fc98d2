import table from "@/components/ui/data-table.module.css";
import type { AuditEventDto } from "@/lib/audit/audit.types";
import { AuditEventRow } from "./audit-event-row";
import styles from "./audit-table.module.css";

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <div className={table.scroller}>
      <table className={`${table.table} ${styles.table}`} data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Snapshot</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => <AuditEventRow key={event.id} event={event} />)}
        </tbody>
      </table>
    </div>
  );
}
