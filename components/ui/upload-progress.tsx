import { Button } from "@/components/ui/button";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { Spinner } from "@/components/ui/spinner";
import { formatRate } from "./upload-transfer";
import styles from "./upload-progress.module.css";

export interface UploadProgressState {
  phase: "sending" | "processing" | "opening";
  loaded: number;
  total: number;
  percent: number;
  bytesPerSecond: number | null;
}

interface UploadProgressProps {
  state: UploadProgressState;
  onCancel?: () => void;
  /** What the server does once every byte is sent, and what follows it. */
  processing?: string;
  opening?: string;
}

/** Bytes sent of the total, as a bar, a percentage and a rate; then the server's processing. */
export function UploadProgress({
  state,
  onCancel,
  processing = "Processing… the server is parsing, hashing and storing the records",
  opening = "Stored. Opening the dataset…",
}: UploadProgressProps) {
  const { phase, loaded, total, percent, bytesPerSecond } = state;
  return (
    <div className={styles.progress} data-phase={phase} data-testid="upload-status">
      <div className={styles.top}>
        <span className={styles.phase} role="status">
          {phase === "sending" ? (
            "Uploading…"
          ) : (
            <>
              <Spinner size={13} />
              {phase === "processing" ? processing : opening}
            </>
          )}
        </span>
        {onCancel && phase !== "opening" && (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel upload
          </Button>
        )}
      </div>
      <div
        className={styles.track}
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% sent`}
        data-testid="upload-progress"
      >
        <div className={styles.fill} style={{ width: `${percent}%` }} />
      </div>
      <div className={styles.numbers}>
        <span>
          {formatByteSize(loaded)} of {formatByteSize(total)} sent
        </span>
        <span className={styles.right}>
          <strong>{percent}%</strong> · {formatRate(bytesPerSecond)}
        </span>
      </div>
    </div>
  );
}
