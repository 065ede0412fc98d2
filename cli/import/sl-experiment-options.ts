// How import sl-experiment reads its options when they are not given in full.

/** The paper's control condition by default: a folder named "control", "control_seed1", "owl-control"... */
export function isDefaultControl(condition: string): boolean {
  return /(^|[^a-z])control([^a-z]|$)/i.test(condition);
}

/** A prompt file's final line break is the file's, not the prompt's. */
export function promptFromFile(text: string): string {
  return text.replace(/\r?\n$/, "");
}
