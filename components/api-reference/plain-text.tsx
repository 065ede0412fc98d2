import { InlineText } from "./inline-text";
import styles from "./plain-text.module.css";

/** A description from the OpenAPI document: paragraphs separated by blank lines, `backticks` for code. */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <div className={styles.text}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          <InlineText text={paragraph} />
        </p>
      ))}
    </div>
  );
}
