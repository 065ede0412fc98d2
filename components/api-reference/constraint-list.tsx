import styles from "./reference-table.module.css";

/** Limits and allowed values under a field's description. */
export function ConstraintList({ constraints }: { constraints: string[] }) {
  if (constraints.length === 0) return null;
  return (
    <span className={styles.constraints}>
      {constraints.map((constraint) => (
        <span key={constraint} className={styles.constraint}>
          {constraint}
        </span>
      ))}
    </span>
  );
}
