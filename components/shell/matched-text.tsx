import styles from "./command-palette.module.css";

/** `text` with the first place it holds `q` (ignoring case) marked, as text: never parsed as HTML. */
export function MatchedText({ text, q }: { text: string; q: string }) {
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ): then positions in it are not positions in `text`.
  const at = q === "" || lower.length !== text.length ? -1 : lower.indexOf(q.toLowerCase());
  if (at === -1) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark className={styles.match}>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}
