import { ChevronRight } from "lucide-react";
import type { ComponentProps } from "react";
import type { DatasetRecordDto } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import { HighlightedText } from "./highlighted-text";
import styles from "./record-viewer.module.css";

interface RecordRowProps {
  record: DatasetRecordDto;
  query: string;
  expanded: boolean;
  onToggle: () => void;
}

function hasMetadata(metadata: unknown): boolean {
  return (
    metadata !== null && metadata !== undefined && !(typeof metadata === "object" && Object.keys(metadata).length === 0)
  );
}

interface TextCellProps extends ComponentProps<typeof HighlightedText> {
  /** Read by screen readers before the text. */
  label: string;
  className: string;
}

/** The prompt or the completion, with the search's matches highlighted. */
function TextCell({ label, className, ...text }: TextCellProps) {
  return (
    <div className={styles.cell}>
      <span className="visually-hidden">{label}: </span>
      <p className={className}>
        <HighlightedText {...text} />
      </p>
    </div>
  );
}

/** One record: its position, prompt and completion; expanded, the full text and its metadata. */
export function RecordRow({ record, query, expanded, onToggle }: RecordRowProps) {
  const position = record.ordinal + 1;
  const metadata = hasMetadata(record.metadata);
  const breaks = expanded ? "keep" : "marker";
  return (
    <div className={styles.row} data-expanded={expanded || undefined} data-testid="record-row">
      <span
        className={styles.ordinal}
        title={`Record ${formatInteger(position)} in upload order (ordinal ${record.ordinal})`}
      >
        {formatInteger(position)}
      </span>
      <TextCell label="Prompt" text={record.prompt} className={styles.prompt} query={query} breaks={breaks} />
      <TextCell
        label="Completion"
        text={record.completion}
        className={styles.completion}
        query={query}
        breaks={breaks}
      />
      <div className={styles.side}>
        <button
          type="button"
          className={styles.toggle}
          onClick={onToggle}
          aria-expanded={expanded}
          aria-label={`${expanded ? "Collapse" : "Expand"} record ${position}`}
          title={expanded ? "Collapse" : metadata ? "Show the full text and metadata" : "Show the full text"}
        >
          <ChevronRight size={14} aria-hidden="true" />
        </button>
        {metadata && !expanded && (
          <span className={styles.metaFlag} title="This record has metadata">
            meta
          </span>
        )}
      </div>
      {expanded && metadata && (
        <div className={styles.metadata}>
          <span className={styles.metadataLabel}>Metadata</span>
          <pre className={styles.metadataJson}>{JSON.stringify(record.metadata, null, 2)}</pre>
        </div>
      )}
    </div>
  );
}
