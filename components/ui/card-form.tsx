"use client";
import { useId, type ReactNode, type RefObject, type SubmitEvent } from "react";
import styles from "./card-form.module.css";

interface CardFormProps {
  title: string;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** Its buttons, in a row after the fields. */
  actions: ReactNode;
  children: ReactNode;
  formRef?: RefObject<HTMLFormElement | null>;
  testId?: string;
}

/** A small form at the foot of a card (write a note, declare a trait), named by its title. */
export function CardForm({ title, onSubmit, actions, children, formRef, testId }: CardFormProps) {
  const titleId = useId();
  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h3 className={styles.title} id={titleId}>
        {title}
      </h3>
      {children}
      <div className={styles.actions}>{actions}</div>
    </form>
  );
}
