import type { LineError } from "./upload-request";
import styles from "./upload-line-errors.module.css";

/** The malformed lines a refused upload reported (the first 100), beside the file field. */
export function UploadLineErrors({ detail, lines }: { detail: string; lines: LineError[] }) {
  return (
    <div className={styles.errors} data-testid="upload-line-errors">
      <p className={styles.detail}>{detail}</p>
      <ol className={styles.list}>
        {lines.map((line) => (
          <li key={line.line} className={styles.line}>
            <span className={styles.number}>Line {line.line}</span>
            <span className={styles.message}>{line.message}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
