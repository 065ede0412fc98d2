import styles from "./audit-snapshot.module.css";

/** A before/after snapshot as pretty-printed JSON text (React escapes it; never parsed as HTML). */
export function AuditSnapshot({ label, value }: { label: string; value: unknown }) {
  const empty = value === null || value === undefined;
  return (
    <div className={styles.snapshot}>
      <h3 className={styles.label}>{label}</h3>
      {empty ? (
        <p className={styles.empty}>Nothing recorded</p>
      ) : (
        <pre className={styles.json} data-testid={`audit-${label.toLowerCase()}`}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}
