import type { LineError } from "@/lib/http/line-errors";
import { LineMessageList } from "./line-message-list";
import styles from "./upload-line-errors.module.css";

/** The malformed lines a refused upload reported (the first 100), beside the file field. */
export function UploadLineErrors({ detail, lines }: { detail: string; lines: LineError[] }) {
  return (
    <div className={styles.errors} data-testid="upload-line-errors">
      <p className={styles.detail}>{detail}</p>
      <LineMessageList lines={lines} word="Line" className={styles.list} />
    </div>
  );
}
