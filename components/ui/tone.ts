import styles from "./tone.module.css";

/** A colour family of the palette, as badges, callouts and verdicts are tinted. */
export type Tone = "gray" | "blue" | "violet" | "amber" | "green" | "teal" | "pink" | "red" | "accent";

/** The class that sets --tone-bg, --tone-text and --tone-border to `tone`'s colours. */
export function toneClass(tone: Tone): string {
  return styles[tone];
}
