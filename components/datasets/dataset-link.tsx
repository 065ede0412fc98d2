import { Database } from "lucide-react";
import Link from "next/link";
import styles from "./dataset-link.module.css";

/** A dataset's name linking to its page. */
export function DatasetLink({ dataset, strong = false }: { dataset: { id: string; name: string }; strong?: boolean }) {
  return (
    <Link href={`/datasets/${dataset.id}`} className={strong ? `${styles.link} ${styles.strong}` : styles.link}>
      <Database size={13} className={styles.icon} aria-hidden="true" />
      <span className={styles.name}>{dataset.name}</span>
    </Link>
  );
}
