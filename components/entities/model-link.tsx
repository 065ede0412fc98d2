import Link from "next/link";
import type { ModelRef } from "@/lib/models/model-dto";
import styles from "./model-link.module.css";

/** A model's name (and version, when it has one) linking to its page. */
export function ModelLink({
  model,
  strong = false,
}: {
  model: Pick<ModelRef, "id" | "name" | "version">;
  strong?: boolean;
}) {
  return (
    <Link href={`/models/${model.id}`} className={strong ? `${styles.link} ${styles.strong}` : styles.link}>
      <span className={styles.name}>{model.name}</span>
      {model.version && <span className={styles.version}>{model.version}</span>}
    </Link>
  );
}
