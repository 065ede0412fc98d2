"use client";
import { useId, type ReactNode } from "react";
import { FileDrop } from "@/components/ui/file-drop";
import { formatInteger } from "@/lib/format/format-number";
import styles from "./file-drop-zone.module.css";

interface FileDropZoneProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  /** Line errors or another message about the file, shown under the zone. */
  error?: ReactNode;
  hint?: string;
  /** The field's label, the file types the picker offers and the words for them. */
  label?: string;
  accept?: string;
  formats?: string;
}

/** The file field of the upload and import forms: click to choose, or drop a file on it. */
export function FileDropZone({
  file,
  onFile,
  disabled = false,
  error,
  hint,
  label = "Dataset file",
  accept = ".jsonl,.ndjson,.json,.csv,application/x-ndjson,text/csv",
  formats = "JSONL or CSV",
}: FileDropZoneProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={styles.field}>
      <span className={styles.label} id={`${id}-label`}>
        {label}
      </span>
      <FileDrop
        file={file}
        onFile={onFile}
        disabled={disabled}
        invalid={Boolean(error)}
        labelledBy={`${id}-label`}
        describedBy={error || hint ? messageId : undefined}
        accept={accept}
        prompt="Choose a file"
        formats={formats}
        chosenNote={`${file ? formatInteger(file.size) : 0} bytes · click or drop to replace`}
        testId="file-drop-zone"
        chosenTestId="chosen-file"
      />
      {(error || hint) && (
        <div id={messageId} className={error ? styles.error : styles.hint}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}
