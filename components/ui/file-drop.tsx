"use client";
import { FileText, UploadCloud } from "lucide-react";
import { useId, useState, type DragEvent } from "react";
import { formatByteSize } from "./format-byte-size";
import styles from "./file-drop.module.css";

interface FileDropProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  invalid?: boolean;
  /** The input's accessible name: a label element's id, or a text. */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  accept?: string;
  /** The empty zone's call to action ("Choose a file") and what it takes ("JSONL or CSV"). */
  prompt: string;
  formats: string;
  /** Under a chosen file's name, after its size. */
  chosenNote: string;
  testId?: string;
  chosenTestId?: string;
}

/** A file field: click to choose a file, or drop one on it. Choosing the same file again counts as a choice. */
export function FileDrop(props: FileDropProps) {
  const { file, onFile, disabled = false, invalid = false } = props;
  const [dragging, setDragging] = useState(false);
  const id = useId();

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files.item(0);
    if (dropped && !disabled) onFile(dropped);
  }

  return (
    <label
      htmlFor={id}
      className={styles.zone}
      data-dragging={dragging || undefined}
      data-invalid={invalid || undefined}
      data-disabled={disabled || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={props.testId}
    >
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={props.accept}
        aria-label={props.label}
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        aria-invalid={invalid || undefined}
        disabled={disabled}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onFile(chosen);
          // Choosing the same file again (after an error, or after editing it) should count as a choice.
          event.target.value = "";
        }}
      />
      {file ? (
        <span className={styles.chosen}>
          <FileText size={20} className={styles.fileIcon} aria-hidden="true" />
          <span className={styles.fileText}>
            <span className={styles.fileName} data-testid={props.chosenTestId}>
              {file.name}
            </span>
            <span className={styles.fileMeta}>
              {formatByteSize(file.size)} · {props.chosenNote}
            </span>
          </span>
        </span>
      ) : (
        <span className={styles.empty}>
          <UploadCloud size={22} className={styles.uploadIcon} aria-hidden="true" />
          <span className={styles.prompt}>
            <strong>{props.prompt}</strong> or drop it here
          </span>
          <span className={styles.formats}>{props.formats}</span>
        </span>
      )}
    </label>
  );
}
