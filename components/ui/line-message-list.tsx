import styles from "./line-message-list.module.css";

interface LineMessageListProps {
  lines: readonly { line: number; message: string }[];
  /** How a line number is introduced: "line 12" or "Line 12". */
  word: "line" | "Line";
  /** Sets the list's --lines-* properties (height, number column, colours). */
  className: string;
  testId?: string;
}

/** What was wrong with lines of an uploaded file, each message after its line number. */
export function LineMessageList({ lines, word, className, testId }: LineMessageListProps) {
  return (
    <ol className={`${styles.list} ${className}`} data-testid={testId}>
      {lines.map((line) => (
        <li key={line.line} className={styles.line}>
          <span className={styles.number}>
            {word} {line.line}
          </span>
          <span className={styles.message}>{line.message}</span>
        </li>
      ))}
    </ol>
  );
}
