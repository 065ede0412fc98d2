"use client";
import { FileText, UploadCloud } from "lucide-react";
import { useId, useState, type DragEvent, type ReactNode } from "react";
import { formatInteger } from "@/lib/ui/format-number";
import { formatByteSize } from "./format-byte-size";
import styles from "./file-drop-zone.module.css";

interface FileDropZoneProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  /** Line errors or another message about the file, shown under the zone. */
  error?: ReactNode;
  hint?: string;
}

/** The file field of the upload form: click to choose, or drop a file on it. */
export function FileDropZone({ file, onFile, disabled = false, error, hint }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const id = useId();
  const messageId = `${id}-message`;

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  }

  return (
    <div className={styles.field}>
      <span className={styles.label} id={`${id}-label`}>Dataset file</span>
      <label
        htmlFor={id}
        className={styles.zone}
        data-dragging={dragging || undefined}
        data-invalid={error ? true : undefined}
        data-disabled={disabled || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="file-drop-zone"
      >
        <input
          id={id}
          type="file"
          className="visually-hidden"
          accept=".jsonl,.ndjson,.json,.csv,application/x-ndjson,text/csv"
          aria-labelledby={`${id}-label`}
          aria-describedby={error || hint ? messageId : undefined}
          aria-invalid={error ? true : undefined}
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
            // Choosing the same file again after an error should still count as a choice.
            event.target.value = "";
          }}
        />
        {file ? (
          <span className={styles.chosen}>
            <FileText size={20} className={styles.fileIcon} aria-hidden="true" />
            <span className={styles.fileText}>
              <span className={styles.fileName} data-testid="chosen-file">{file.name}</span>
              <span className={styles.fileSize}>
                {formatByteSize(file.size)} ({formatInteger(file.size)} bytes) · click or drop to replace
              </span>
            </span>
          </span>
        ) : (
          <span className={styles.empty}>
            <UploadCloud size={22} className={styles.uploadIcon} aria-hidden="true" />
            <span className={styles.prompt}>
              <strong>Choose a file</strong> or drop it here
            </span>
            <span className={styles.formats}>JSONL or CSV</span>
          </span>
        )}
      </label>
      {(error || hint) && (
        <div id={messageId} className={error ? styles.error : styles.hint}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}
