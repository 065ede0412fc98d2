import type { SkippedLine } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import { LineMessageList } from "@/components/ui/line-message-list";
import styles from "./skipped-lines-list.module.css";

/** The rows an upload with onInvalid=skip left out, by line number (the first 100 are recorded). */
export function SkippedLinesList({ skipped, lines }: { skipped: number; lines: SkippedLine[] }) {
  return (
    <div className={styles.wrap}>
      <span className={styles.count}>
        {formatInteger(skipped)} malformed {skipped === 1 ? "row was" : "rows were"} skipped
        {skipped > lines.length ? `; the first ${lines.length} are listed` : ""}
      </span>
      {lines.length > 0 && (
        <LineMessageList lines={lines} word="line" className={styles.lines} testId="skipped-lines" />
      )}
    </div>
  );
}
