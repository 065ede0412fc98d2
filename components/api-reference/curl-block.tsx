import { CopyButton } from "@/components/ui/copy-button";
import styles from "./curl-block.module.css";

export function CurlBlock({ command }: { command: string }) {
  return (
    <div className={styles.block}>
      <div className={styles.bar}>
        <span className={styles.label}>curl</span>
        <CopyButton value={command} label="Copy the curl command" />
      </div>
      <pre className={styles.code}>{command}</pre>
    </div>
  );
}
