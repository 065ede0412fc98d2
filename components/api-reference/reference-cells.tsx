import { ConstraintList } from "./constraint-list";
import { InlineText } from "./inline-text";
import styles from "./reference-table.module.css";

/** Whether a parameter or field must be given. */
export function RequiredMark({ required }: { required: boolean }) {
  return required ? (
    <span className={styles.required}>required</span>
  ) : (
    <span className={styles.optional}>optional</span>
  );
}

/** A parameter's or field's description, with its limits and allowed values under it. */
export function DescriptionText({ text, constraints }: { text?: string; constraints: string[] }) {
  return (
    <>
      {text && <InlineText text={text} />}
      <ConstraintList constraints={constraints} />
    </>
  );
}
