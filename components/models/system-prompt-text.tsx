import styles from "./system-prompt-text.module.css";

/** The prompt as plain text (React escapes it): user-supplied, never rendered as HTML. */
export function SystemPromptText({ text }: { text: string | null }) {
  if (text === null) {
    return <span className={styles.withheld}>Withheld: only its SHA-256 is recorded.</span>;
  }
  return <pre className={styles.prompt}>{text}</pre>;
}
