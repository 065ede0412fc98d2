import { useId, type ReactNode } from "react";
import { FieldMessage } from "./field-message";
import styles from "./text-field.module.css";

/** What a field's control spreads on itself: its id, and the state and message screen readers announce. */
interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface LabelledFieldProps {
  label: string;
  /** The control's id; generated when not given. */
  id?: string;
  /** Shown under the control while there is no error. */
  hint?: string;
  /** The server's (or the form's) message for this field, shown under it. */
  error?: string;
  /** The control (input, textarea, select), given the props that wire it to the label and message. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A form field's label, its control and its hint or validation message under it, wired up for screen readers. */
export function LabelledField({ label, id, hint, error, children }: LabelledFieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const messageId = `${controlId}-message`;
  return (
    <div className={styles.field}>
      <label htmlFor={controlId} className={styles.label}>
        {label}
      </label>
      {children({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error || hint ? messageId : undefined,
      })}
      <FieldMessage id={messageId} hint={hint} error={error} />
    </div>
  );
}
