import { Fragment } from "react";
import styles from "./inline-text.module.css";

/** Text with `backticks` for code, as React text nodes: descriptions are never parsed as HTML. */
export function InlineText({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.length > 2 && part.startsWith("`") && part.endsWith("`") ? (
      <code key={index} className={styles.code}>
        {part.slice(1, -1)}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
