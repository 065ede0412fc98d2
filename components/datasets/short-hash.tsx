import { CopyButton } from "@/components/ui/copy-button";
import styles from "@/components/ui/hash-value.module.css";
import local from "./short-hash.module.css";

/** The first characters of a digest, the whole digest on hover and on copy. */
export function ShortHash({ value, label, length = 12 }: { value: string; label: string; length?: number }) {
  return (
    <span className={styles.hash}>
      <code className={`${styles.value} ${local.value}`} title={value}>
        {value.length > length ? `${value.slice(0, length)}…` : value}
      </code>
      <CopyButton value={value} label={label} />
    </span>
  );
}
