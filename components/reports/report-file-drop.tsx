"use client";
import { FileCheck2, UploadCloud } from "lucide-react";
import { useId, useState, type DragEvent } from "react";
import { formatByteSize } from "@/components/datasets/format-byte-size";
import styles from "./report-file-drop.module.css";

interface ReportFileDropProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** The report to verify: click to choose a file, or drop it here. */
export function ReportFileDrop({ file, onFile, disabled = false }: ReportFileDropProps) {
  const [dragging, setDragging] = useState(false);
  const id = useId();

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  }

  return (
    <label
      htmlFor={id}
      className={styles.zone}
      data-dragging={dragging || undefined}
      data-disabled={disabled || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        type="file"
        className="visually-hidden"
        aria-label="Report file to verify"
        disabled={disabled}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onFile(chosen);
          // Choosing the same file again (after editing it, say) should check it again.
          event.target.value = "";
        }}
      />
      {file ? (
        <span className={styles.chosen}>
          <FileCheck2 size={20} className={styles.fileIcon} aria-hidden="true" />
          <span className={styles.fileText}>
            <span className={styles.fileName} data-testid="verified-file">{file.name}</span>
            <span className={styles.fileMeta}>{formatByteSize(file.size)} · click or drop another file</span>
          </span>
        </span>
      ) : (
        <span className={styles.empty}>
          <UploadCloud size={22} className={styles.uploadIcon} aria-hidden="true" />
          <span className={styles.prompt}>
            <strong>Choose a report</strong> or drop it here
          </span>
          <span className={styles.formats}>PDF, HTML, JSON or CSV, as it was downloaded</span>
        </span>
      )}
    </label>
  );
}
