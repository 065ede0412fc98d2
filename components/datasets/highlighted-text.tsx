import { Fragment, type ReactNode } from "react";
import { splitHighlights, splitLineBreaks } from "./highlight";
import styles from "./highlighted-text.module.css";

function withBreakMarkers(text: string): ReactNode {
  return splitLineBreaks(text).map((piece, index) =>
    piece.kind === "text" ? (
      <Fragment key={index}>{piece.text}</Fragment>
    ) : (
      <Fragment key={index}>
        <span className={styles.lineBreak} aria-hidden="true" title="line break">
          ↵
        </span>{" "}
      </Fragment>
    ),
  );
}

interface HighlightedTextProps {
  text: string;
  /** The search term; each occurrence is marked. */
  query: string;
  /** "marker": line breaks shown as ↵ so that a collapsed row stays compact; "keep": real line breaks. */
  breaks: "marker" | "keep";
}

/** Record text with the search term marked: React elements around plain text, never HTML. */
export function HighlightedText({ text, query, breaks }: HighlightedTextProps) {
  return splitHighlights(text, query).map((part, index) => {
    const content = breaks === "marker" ? withBreakMarkers(part.text) : part.text;
    return part.match ? (
      <mark key={index} className={styles.mark}>
        {content}
      </mark>
    ) : (
      <Fragment key={index}>{content}</Fragment>
    );
  });
}
